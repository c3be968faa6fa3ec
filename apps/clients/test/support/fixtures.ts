import { randomUUID } from 'node:crypto';
import {
  AuthResult,
  BrandView,
  ClientsSubjects,
  CreatedInvitationView,
  Locale,
  Role,
} from '@relais/contracts';
import { anonymous, envelopeOf } from '@relais/server-testing';
import { ClientsHarness } from './clients-harness';

export const PASSWORD = 'correct horse battery staple';

/** A unique e-mail address for this run. */
export function email(name: string): string {
  return `${name}.${randomUUID().slice(0, 8)}@example.test`;
}

export function signUp(
  h: ClientsHarness,
  options: { agencyName?: string; email?: string; name?: string; locale?: Locale; ip?: string } = {},
): Promise<AuthResult> {
  return h.call<AuthResult>(ClientsSubjects.auth.signUp, anonymous(), {
    agencyName: options.agencyName ?? 'Agence Test',
    name: options.name ?? 'Olivia Owner',
    email: options.email ?? email('owner'),
    password: PASSWORD,
    locale: options.locale ?? Locale.Fr,
    ...(options.ip ? { ip: options.ip } : {}),
  });
}

export function brandInput(name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    timezone: 'Europe/Paris',
    defaultLanguage: Locale.Fr,
    targetMarkets: ['FR'],
    guidelines: { toneNotes: 'Warm and precise.', requiredHashtags: ['relais'], bannedWords: ['cheap'] },
    ...overrides,
  };
}

export function createBrand(
  h: ClientsHarness,
  actor: AuthResult,
  name: string,
  overrides: Record<string, unknown> = {},
): Promise<BrandView> {
  return h.call<BrandView>(
    ClientsSubjects.brand.create,
    envelopeOf(actor.claims),
    brandInput(name, overrides),
  );
}

export function invite(
  h: ClientsHarness,
  inviter: AuthResult,
  invitation: { email: string; role: Role; brandIds?: string[]; locale?: Locale; idempotencyKey?: string },
): Promise<CreatedInvitationView> {
  return h.call<CreatedInvitationView>(
    ClientsSubjects.invitation.create,
    envelopeOf(inviter.claims),
    invitation,
  );
}

export function tokenOf(created: CreatedInvitationView): string {
  return created.acceptUrl.slice(created.acceptUrl.lastIndexOf('/') + 1);
}

/** Someone invited by `inviter` who accepts with a new account: signed in to the agency. */
export async function join(
  h: ClientsHarness,
  inviter: AuthResult,
  member: { role: Role; brandIds?: string[]; name?: string; email?: string },
): Promise<AuthResult> {
  const address = member.email ?? email(member.role);
  const created = await invite(h, inviter, { email: address, role: member.role, brandIds: member.brandIds });
  return h.call<AuthResult>(ClientsSubjects.auth.acceptInvitation, anonymous(), {
    token: tokenOf(created),
    name: member.name ?? `${member.role} person`,
    password: PASSWORD,
  });
}
