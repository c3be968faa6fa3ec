/**
 * The AT Protocol handle syntax: a domain name of ASCII letters, digits and hyphens, at least two
 * labels of 1 to 63 characters not starting or ending with a hyphen, a last label starting with a
 * letter, 253 characters at most; case does not matter.
 */
const HANDLE = /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

export function isValidHandle(handle: string): boolean {
  return handle.length <= 253 && HANDLE.test(handle);
}
