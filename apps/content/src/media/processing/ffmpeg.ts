import { spawn } from 'node:child_process';
import { parseProbe, VideoProbe } from './video-probe';

/** `ffprobe` or `ffmpeg` failed, ran past its deadline, or is not installed. */
export class FfmpegError extends Error {
  constructor(
    message: string,
    /** True when the tool read the file and found it unreadable (as opposed to a missing tool or a deadline). */
    readonly unreadable: boolean,
  ) {
    super(message);
    this.name = 'FfmpegError';
  }
}

/** Runs a tool of Debian's `ffmpeg` package and answers its standard output; killed at the deadline. */
export function run(command: string, args: readonly string[], deadlineMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new FfmpegError(`${command} took longer than ${deadlineMs} ms`, false));
    }, deadlineMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 4000) err += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = error.code === 'ENOENT';
      reject(
        new FfmpegError(
          missing ? `${command} is not installed (Debian package ffmpeg)` : error.message,
          false,
        ),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'));
      const reason = err.trim().split('\n').pop() ?? `exit code ${String(code)}`;
      reject(new FfmpegError(`${command}: ${reason}`, true));
    });
  });
}

/** What `ffprobe` reads of a video file: container, duration, streams. */
export async function probeVideo(path: string, deadlineMs: number): Promise<VideoProbe> {
  const json = await run(
    'ffprobe',
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path],
    deadlineMs,
  );
  return parseProbe(json);
}

/**
 * Copies the video's streams into a new file without any metadata (title, creation time, GPS
 * location, device): no re-encoding, so it is fast and loses nothing. Puts the index first so the
 * file streams (`+faststart`).
 */
export async function remuxWithoutMetadata(
  input: string,
  output: string,
  container: 'mp4' | 'mov',
  deadlineMs: number,
): Promise<void> {
  await run(
    'ffmpeg',
    [
      '-v',
      'error',
      '-nostdin',
      '-y',
      '-i',
      input,
      '-map',
      '0:v:0',
      '-map',
      '0:a?',
      '-c',
      'copy',
      '-map_metadata',
      '-1',
      '-map_metadata:s:v',
      '-1',
      '-map_metadata:s:a',
      '-1',
      '-map_chapters',
      '-1',
      '-movflags',
      '+faststart',
      '-f',
      container,
      output,
    ],
    deadlineMs,
  );
}
