import { isCid } from '@atproto/lex-data';

/**
 * The deterministic DAG-CBOR encoding AT Protocol records are hashed over: map keys sorted by length
 * then bytes, shortest integer forms, no floats, no undefined. Enough for post records (strings,
 * integers, booleans, null, arrays, objects, CID links); anything else is refused rather than encoded wrongly.
 */
export function encodeDagCbor(value: unknown): Uint8Array {
  const chunks: Buffer[] = [];
  write(value, chunks);
  return Buffer.concat(chunks);
}

function write(value: unknown, out: Buffer[]): void {
  if (value === null) return void out.push(Buffer.of(0xf6));
  if (value === true) return void out.push(Buffer.of(0xf5));
  if (value === false) return void out.push(Buffer.of(0xf4));
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new TypeError(`DAG-CBOR records hold whole numbers only, not ${value}`);
    return void (value >= 0 ? out.push(head(0, value)) : out.push(head(1, -1 - value)));
  }
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    out.push(head(3, bytes.length), bytes);
    return;
  }
  if (isCid(value)) {
    // A link: tag 42 over the CID's bytes with the identity multibase prefix.
    const bytes = Buffer.concat([Buffer.of(0), Buffer.from(value.bytes)]);
    out.push(Buffer.of(0xd8, 42), head(2, bytes.length), bytes);
    return;
  }
  if (value instanceof Uint8Array) {
    out.push(head(2, value.length), Buffer.from(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push(head(4, value.length));
    for (const item of value) write(item, out);
    return;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [Buffer.from(key, 'utf8'), item] as const)
      .sort(([a], [b]) => a.length - b.length || Buffer.compare(a, b));
    out.push(head(5, entries.length));
    for (const [key, item] of entries) {
      out.push(head(3, key.length), key);
      write(item, out);
    }
    return;
  }
  throw new TypeError(`DAG-CBOR cannot encode a ${typeof value}`);
}

function head(major: number, argument: number): Buffer {
  const type = major << 5;
  if (argument < 24) return Buffer.of(type | argument);
  if (argument < 0x100) return Buffer.of(type | 24, argument);
  if (argument < 0x10000) {
    const buffer = Buffer.alloc(3);
    buffer[0] = type | 25;
    buffer.writeUInt16BE(argument, 1);
    return buffer;
  }
  if (argument < 0x100000000) {
    const buffer = Buffer.alloc(5);
    buffer[0] = type | 26;
    buffer.writeUInt32BE(argument, 1);
    return buffer;
  }
  const buffer = Buffer.alloc(9);
  buffer[0] = type | 27;
  buffer.writeBigUInt64BE(BigInt(argument), 1);
  return buffer;
}
