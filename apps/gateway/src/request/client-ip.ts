import { isIP } from 'node:net';

/** `::ffff:10.0.0.1` → `10.0.0.1`; anything that is not an IP address → undefined. */
export function clientIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  return isIP(plain) ? plain : undefined;
}
