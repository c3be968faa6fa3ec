import { z } from 'zod';

/** A video as `ffprobe` sees it, reduced to what the library and the networks check. */
export interface VideoProbe {
  /** `ffprobe`'s `format_name`, e.g. `mov,mp4,m4a,3gp,3g2,mj2`. */
  formatName: string;
  durationMs: number;
  /** Display size: a video recorded upright on a phone (rotated 90°) is taller than wide. */
  width: number;
  height: number;
  videoCodec: string;
  /** Codec of each audio stream (none for a silent video). */
  audioCodecs: string[];
}

/** The video codecs every network takes; the library does not transcode, so it takes only these. */
export const VIDEO_CODECS: Readonly<Record<string, string>> = { h264: 'H.264' };
/** The audio codecs every network takes. */
export const AUDIO_CODECS: Readonly<Record<string, string>> = { aac: 'AAC', mp3: 'MP3' };

const stream = z.object({
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  duration: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  side_data_list: z.array(z.object({ rotation: z.number().optional() }).loose()).optional(),
  disposition: z.object({ attached_pic: z.number().optional() }).loose().optional(),
});

const output = z.object({
  streams: z.array(stream.loose()).default([]),
  format: z.object({ format_name: z.string(), duration: z.string().optional() }).loose(),
});

/** `ffprobe` output that does not describe a readable video. */
export class ProbeError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ProbeError';
  }
}

function rotationOf(video: z.infer<typeof stream>): number {
  const fromSideData = video.side_data_list?.find((data) => data.rotation !== undefined)?.rotation;
  const rotation = fromSideData ?? Number(video.tags?.['rotate'] ?? 0);
  return Number.isFinite(rotation) ? Math.abs(rotation) % 180 : 0;
}

/** Reads `ffprobe -print_format json -show_format -show_streams` output. Pure. */
export function parseProbe(json: string): VideoProbe {
  let parsed: z.infer<typeof output>;
  try {
    parsed = output.parse(JSON.parse(json));
  } catch {
    throw new ProbeError('ffprobe did not describe the file');
  }
  const video = parsed.streams.find(
    (candidate) => candidate.codec_type === 'video' && !candidate.disposition?.attached_pic,
  );
  if (!video?.codec_name || !video.width || !video.height)
    throw new ProbeError('the file has no video track');
  const seconds = Number(parsed.format.duration ?? video.duration ?? Number.NaN);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new ProbeError('the video has no duration');
  const turned = rotationOf(video) === 90;
  return {
    formatName: parsed.format.format_name,
    durationMs: Math.round(seconds * 1000),
    width: turned ? video.height : video.width,
    height: turned ? video.width : video.height,
    videoCodec: video.codec_name,
    audioCodecs: parsed.streams
      .filter((candidate) => candidate.codec_type === 'audio')
      .map((candidate) => candidate.codec_name ?? 'unknown'),
  };
}

/** The first codec of the probe the library refuses, with its kind; null when all are taken. */
export function refusedCodec(probe: VideoProbe): { track: 'video' | 'audio'; codec: string } | null {
  if (!VIDEO_CODECS[probe.videoCodec]) return { track: 'video', codec: probe.videoCodec };
  const audio = probe.audioCodecs.find((codec) => !AUDIO_CODECS[codec]);
  return audio ? { track: 'audio', codec: audio } : null;
}
