import { randomBytes } from 'node:crypto';

/** A subject prefix of its own (`t1a2b3c4d5.`) so parallel test files never hear each other on NATS. */
export function testSubjectPrefix(): string {
  return `t${randomBytes(5).toString('hex')}.`;
}
