import { box, tinyMp4 } from '../../test/support/tiny-media';
import { MAX_MOOV_BYTES, Mp4FormatError, parseMoov, readVideoFacts } from './mp4-boxes';

/** Reads from a buffer like the storage does, counting the bytes asked for. */
function reader(file: Buffer) {
  const calls: { start: number; length: number }[] = [];
  const read = async (start: number, length: number) => {
    calls.push({ start, length });
    return file.subarray(start, start + length);
  };
  return { read, calls };
}

async function factsOf(file: Buffer) {
  return readVideoFacts(reader(file).read, file.length);
}

describe('the MP4 box reader', () => {
  it('reads the duration and the video track size of a fast-start MP4', async () => {
    const file = tinyMp4({ width: 1280, height: 720, durationMs: 15_000 });
    await expect(factsOf(file)).resolves.toEqual({ durationMs: 15_000, width: 1280, height: 720 });
  });

  it('finds moov after the media data without reading the media data', async () => {
    const file = tinyMp4({ width: 640, height: 360, durationMs: 2_500, moovAtEnd: true, mdatBytes: 200_000 });
    const { read, calls } = reader(file);
    await expect(readVideoFacts(read, file.length)).resolves.toEqual({
      durationMs: 2_500,
      width: 640,
      height: 360,
    });
    const bytesRead = calls.reduce(
      (total, call) => total + Math.min(call.length, file.length - call.start),
      0,
    );
    expect(bytesRead).toBeLessThan(2_000);
  });

  it('reads version 1 boxes (64-bit times) and 64-bit box sizes', async () => {
    const file = tinyMp4({
      width: 1920,
      height: 1080,
      durationMs: 3_600_000,
      version: 1,
      moovAtEnd: true,
      largeMdat: true,
    });
    await expect(factsOf(file)).resolves.toEqual({ durationMs: 3_600_000, width: 1920, height: 1080 });
  });

  it('reports the display size of a portrait video stored turned a quarter', async () => {
    const file = tinyMp4({ width: 1920, height: 1080, durationMs: 9_000, turned: true });
    await expect(factsOf(file)).resolves.toMatchObject({ width: 1080, height: 1920 });
  });

  it('reads QuickTime movies the same way', async () => {
    const file = tinyMp4({ width: 720, height: 1280, durationMs: 61_000, brand: 'qt  ' });
    await expect(factsOf(file)).resolves.toEqual({ durationMs: 61_000, width: 720, height: 1280 });
  });

  it('takes the video track, not the audio track listed first', () => {
    const file = tinyMp4({ width: 320, height: 240, durationMs: 1_000 });
    const moovAt = file.indexOf('moov', 0, 'latin1');
    const moov = file.subarray(moovAt + 4, moovAt - 4 + file.readUInt32BE(moovAt - 4));
    expect(parseMoov(moov)).toEqual({ durationMs: 1_000, width: 320, height: 240 });
  });

  it('refuses a file without moov (an upload cut short)', async () => {
    const file = tinyMp4({ width: 640, height: 360, durationMs: 2_000, moovAtEnd: true });
    const cut = file.subarray(0, file.indexOf('moov', 0, 'latin1') - 4);
    await expect(factsOf(cut)).rejects.toThrow(Mp4FormatError);
    await expect(factsOf(cut)).rejects.toThrow('No moov box');
  });

  it('refuses a box that claims to run past the end of the file', async () => {
    const file = tinyMp4({ width: 640, height: 360, durationMs: 2_000 });
    const broken = Buffer.from(file);
    broken.writeUInt32BE(file.length * 2, 0);
    await expect(factsOf(broken)).rejects.toThrow('overruns the file');
  });

  it('refuses an absurdly large moov instead of reading it', async () => {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(MAX_MOOV_BYTES + 9);
    header.write('moov', 4, 'latin1');
    const ftyp = box('ftyp', Buffer.from('isom\0\0\0\0', 'latin1'));
    const { read, calls } = reader(Buffer.concat([ftyp, header]));
    await expect(readVideoFacts(read, ftyp.length + MAX_MOOV_BYTES + 9)).rejects.toThrow('too large');
    expect(calls.every((call) => call.length <= 16)).toBe(true);
  });

  it('answers null facts when the movie header has no timescale', async () => {
    const moov = box('moov', box('mvhd', Buffer.alloc(100)));
    expect(parseMoov(moov.subarray(8))).toEqual({ durationMs: null, width: null, height: null });
  });
});
