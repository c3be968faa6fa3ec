import { createHash, randomBytes } from 'node:crypto';

export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashInvitationToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function acceptUrl(consoleUrl: string, token: string): string {
  return `${consoleUrl}/invitations/${token}`;
}
