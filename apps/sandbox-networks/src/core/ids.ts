let lastMs = 0;
let sequence = 0;

/**
 * Time-sortable numeric ids as Mastodon and X make them: milliseconds shifted left 16 bits, plus a
 * sequence within the millisecond. Returned as decimal strings (they exceed 2^53).
 */
export function snowflake(now = Date.now()): string {
  if (now <= lastMs) {
    sequence = (sequence + 1) & 0xffff;
    if (sequence === 0) lastMs += 1;
  } else {
    lastMs = now;
    sequence = 0;
  }
  return ((BigInt(lastMs) << 16n) | BigInt(sequence)).toString();
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
let lastTidMicros = 0;

/** An AT Protocol TID (13 characters, base32-sortable): microseconds since the epoch and a clock id. */
export function tid(now = Date.now()): string {
  let micros = now * 1000;
  if (micros <= lastTidMicros) micros = lastTidMicros + 1;
  lastTidMicros = micros;
  let value = (BigInt(micros) << 10n) | 7n;
  let text = '';
  for (let i = 0; i < 13; i++) {
    text = TID_ALPHABET[Number(value & 31n)] + text;
    value >>= 5n;
  }
  return text;
}

/** A record key the AT Protocol accepts (`[a-zA-Z0-9._:~-]{1,512}`, not `.` or `..`). */
export function isValidRecordKey(key: string): boolean {
  return /^[a-zA-Z0-9._:~-]{1,512}$/.test(key) && key !== '.' && key !== '..';
}

/** A number made of `digits` decimal digits, not starting with 0 (Facebook page ids, LinkedIn ids). */
export function numericId(digits: number): string {
  let text = String(1 + Math.floor(Math.random() * 9));
  while (text.length < digits) text += String(Math.floor(Math.random() * 10));
  return text;
}
