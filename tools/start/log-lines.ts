/** Terminal colors for the process prefixes (none when the output is not a terminal). */
const COLORS = {
  cyan: 36,
  magenta: 35,
  yellow: 33,
  green: 32,
  blue: 34,
  red: 31,
  gray: 90,
  white: 97,
} as const;
export type Color = keyof typeof COLORS;

const useColor = Boolean(process.stdout.isTTY) && process.env['NO_COLOR'] === undefined;

export function paint(color: Color, text: string): string {
  return useColor ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
}

export function bold(text: string): string {
  return useColor ? `\u001b[1m${text}\u001b[0m` : text;
}

const PINO_LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};

interface PinoLine {
  level: number;
  time?: number;
  msg?: string;
  context?: string;
  err?: { message?: string; stack?: string };
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

function isPinoLine(value: unknown): value is PinoLine {
  return typeof value === 'object' && value !== null && typeof (value as PinoLine).level === 'number';
}

/**
 * Makes one line of a service's JSON log readable: `12:03:04 INFO  [Context] message`. Lines that are
 * not pino JSON (Vite, stack traces) pass through unchanged.
 */
export function formatLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return line;
  }
  if (!isPinoLine(parsed)) return line;
  const time = new Date(parsed.time ?? Date.now()).toTimeString().slice(0, 8);
  const level = PINO_LEVELS[parsed.level] ?? String(parsed.level);
  const context = parsed.context ? `[${parsed.context}] ` : '';
  const request =
    parsed.req?.method && parsed.res?.statusCode
      ? ` ${parsed.req.method} ${parsed.req.url ?? ''} ${parsed.res.statusCode} ${parsed.responseTime ?? '?'}ms`
      : '';
  const error = parsed.err?.stack ?? parsed.err?.message;
  const text = `${time} ${level} ${context}${parsed.msg ?? ''}${request}${error ? `\n${error}` : ''}`;
  if (parsed.level >= 50) return paint('red', text);
  if (parsed.level >= 40) return paint('yellow', text);
  return text;
}

/** Splits a stream of chunks into whole lines and hands each one to `onLine`. */
export class LineSplitter {
  private pending = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer | string): void {
    const lines = (this.pending + chunk.toString()).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.onLine(line.replace(/\r$/, ''));
  }

  flush(): void {
    if (this.pending.length > 0) this.onLine(this.pending);
    this.pending = '';
  }
}
