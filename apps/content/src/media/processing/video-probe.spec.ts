import { parseProbe, ProbeError, refusedCodec } from './video-probe';

const probe = (streams: unknown[], format: Record<string, unknown> = {}) =>
  JSON.stringify({
    streams,
    format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', duration: '12.345', ...format },
  });

const h264 = { codec_type: 'video', codec_name: 'h264', width: 1920, height: 1080 };
const aac = { codec_type: 'audio', codec_name: 'aac' };

describe('parseProbe', () => {
  it('reads the duration, the size and the codecs', () => {
    expect(parseProbe(probe([h264, aac]))).toEqual({
      formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
      durationMs: 12_345,
      width: 1920,
      height: 1080,
      videoCodec: 'h264',
      audioCodecs: ['aac'],
    });
  });

  it('swaps width and height of a video shown turned a quarter (side data or the old rotate tag)', () => {
    const sideData = { ...h264, side_data_list: [{ side_data_type: 'Display Matrix', rotation: -90 }] };
    expect(parseProbe(probe([sideData]))).toMatchObject({ width: 1080, height: 1920 });
    expect(parseProbe(probe([{ ...h264, tags: { rotate: '270' } }]))).toMatchObject({
      width: 1080,
      height: 1920,
    });
    expect(parseProbe(probe([{ ...h264, tags: { rotate: '180' } }]))).toMatchObject({
      width: 1920,
      height: 1080,
    });
  });

  it('ignores a cover picture and takes the real video track', () => {
    const cover = {
      codec_type: 'video',
      codec_name: 'mjpeg',
      width: 300,
      height: 300,
      disposition: { attached_pic: 1 },
    };
    expect(parseProbe(probe([cover, h264]))).toMatchObject({ videoCodec: 'h264', width: 1920 });
  });

  it('refuses output without a video track or a duration, and what is not JSON', () => {
    expect(() => parseProbe(probe([aac]))).toThrow(ProbeError);
    expect(() => parseProbe(probe([h264], { duration: 'N/A' }))).toThrow('the video has no duration');
    expect(() => parseProbe('not json')).toThrow(ProbeError);
  });
});

describe('refusedCodec', () => {
  it('takes H.264 with AAC, MP3 or no sound, and names anything else', () => {
    const base = parseProbe(probe([h264, aac]));
    expect(refusedCodec(base)).toBeNull();
    expect(refusedCodec({ ...base, audioCodecs: [] })).toBeNull();
    expect(refusedCodec({ ...base, videoCodec: 'hevc' })).toEqual({ track: 'video', codec: 'hevc' });
    expect(refusedCodec({ ...base, audioCodecs: ['aac', 'opus'] })).toEqual({
      track: 'audio',
      codec: 'opus',
    });
  });
});
