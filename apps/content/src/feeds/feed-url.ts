import { BlockList, isIP } from 'node:net';
import { FieldError, MAX_FEED_URL } from '@relais/contracts';

/** Addresses a feed may not live on (unless private hosts are allowed): this machine and private networks. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is loopback, private, link-local, multicast or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  return PRIVATE.check(address, 'ipv6');
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** Host names that always mean this machine or the local network, whatever DNS says. */
function isLocalName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return (
    host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || !host.includes('.')
  );
}

export interface FeedUrlProblem {
  constraint: 'isUrl' | 'httpOnly' | 'privateHost' | 'maxLength';
  message: string;
}

/**
 * What is wrong with a feed address before anything is fetched: it must be an absolute http(s) URL
 * without credentials, and (unless private hosts are allowed) not name this machine or a private
 * network. Names that resolve to private addresses are refused again when fetched.
 */
export function feedUrlProblem(raw: string, allowPrivateHosts: boolean): FeedUrlProblem | null {
  if (raw.length > MAX_FEED_URL)
    return { constraint: 'maxLength', message: `url must be at most ${MAX_FEED_URL} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      constraint: 'isUrl',
      message: 'url must be an absolute address such as https://example.com/feed.xml',
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { constraint: 'httpOnly', message: 'url must start with http:// or https://' };
  }
  if (url.username || url.password) {
    return { constraint: 'isUrl', message: 'url must not contain a user name or password' };
  }
  if (allowPrivateHosts) return null;
  const host = bareHost(url.hostname);
  if (isIP(host) ? isPrivateAddress(host) : isLocalName(host)) {
    return {
      constraint: 'privateHost',
      message: 'url must point to a public address, not a private network',
    };
  }
  return null;
}

/** The feed address as stored: trimmed, parsed and printed back (fragment dropped). */
export function normalizeFeedUrl(raw: string): string {
  const url = new URL(raw.trim());
  url.hash = '';
  return url.toString();
}

export function feedUrlError(problem: FeedUrlProblem): FieldError {
  return {
    field: 'url',
    message: problem.message,
    constraint: problem.constraint,
    ...(problem.constraint === 'maxLength' ? { params: { max: MAX_FEED_URL } } : {}),
  };
}
