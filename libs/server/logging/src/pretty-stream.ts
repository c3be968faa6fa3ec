import { Writable } from 'node:stream';

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'service', 'context']);

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Formats one pino JSON line for a terminal: `12:00:01 INFO clients [BrandsService] message {extras}`. */
export function formatLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = new Date(typeof entry.time === 'number' ? entry.time : Date.now()).toISOString().slice(11, 23);
  const level = LEVELS[Number(entry.level)] ?? String(entry.level);
  const context = typeof entry.context === 'string' ? ` [${entry.context}]` : '';
  const extras = Object.fromEntries(Object.entries(entry).filter(([key]) => !HIDDEN.has(key)));
  const rest = Object.keys(extras).length > 0 ? ` ${JSON.stringify(extras)}` : '';
  return `${time} ${level.padEnd(5)} ${text(entry.service)}${context} ${text(entry.msg)}${rest}\n`;
}

/** A destination for pino that prints readable lines (local development only; production stays JSON). */
export function prettyStream(out: NodeJS.WritableStream = process.stdout): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const text = chunk.toString('utf8');
      for (const line of text.split('\n')) {
        if (line.trim().length > 0) out.write(formatLine(line));
      }
      callback();
    },
  });
}
