import { randomBytes, randomUUID } from 'node:crypto';
import {
  AuthResult,
  BrandView,
  ClientsSubjects,
  ContentSubjects,
  CreatedInvitationView,
  Locale,
  MediaUploadView,
  MediaView,
  Network,
  PostView,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { anonymous, as } from '@relais/server-testing';
import { ContentHarness } from './content-harness';

/**
 * Agencies, brands, members, accounts, media and posts for content integration tests, made through the
 * services' own requests (media rows, which need an upload, are written as the database owner would).
 */
export const PASSWORD = 'correct horse battery staple';

export function email(name: string): string {
  return `${name}.${randomUUID().slice(0, 8)}@example.test`;
}

export function signUp(
  h: ContentHarness,
  agencyName = 'Agence Test',
  name = 'Olivia Owner',
): Promise<AuthResult> {
  return h.call<AuthResult>(ClientsSubjects.auth.signUp, anonymous(), {
    agencyName,
    name,
    email: email('owner'),
    password: PASSWORD,
    locale: Locale.Fr,
  });
}

export interface BrandOptions {
  timezone?: string;
  requiredHashtags?: string[];
  bannedWords?: string[];
  requireAltText?: boolean;
}

export function createBrand(
  h: ContentHarness,
  owner: AuthResult,
  name: string,
  options: BrandOptions = {},
): Promise<BrandView> {
  return h.call<BrandView>(ClientsSubjects.brand.create, as(owner), {
    name,
    timezone: options.timezone ?? 'Europe/Paris',
    defaultLanguage: Locale.Fr,
    targetMarkets: ['FR'],
    guidelines: {
      toneNotes: 'Warm and precise.',
      requiredHashtags: options.requiredHashtags ?? [],
      bannedWords: options.bannedWords ?? [],
      ...(options.requireAltText !== undefined ? { requireAltText: options.requireAltText } : {}),
    },
  });
}

/** Someone invited by `inviter` who accepts with a new account: signed in to the agency. */
export async function join(
  h: ContentHarness,
  inviter: AuthResult,
  member: { role: Role; brandIds?: string[]; name?: string },
): Promise<AuthResult> {
  const created = await h.call<CreatedInvitationView>(ClientsSubjects.invitation.create, as(inviter), {
    email: email(member.role),
    role: member.role,
    brandIds: member.brandIds,
  });
  const token = created.acceptUrl.slice(created.acceptUrl.lastIndexOf('/') + 1);
  return h.call<AuthResult>(ClientsSubjects.auth.acceptInvitation, anonymous(), {
    token,
    name: member.name ?? `${member.role} person`,
    password: PASSWORD,
  });
}

export function connectAccount(
  h: ContentHarness,
  owner: AuthResult,
  brandId: string,
  network: Network,
): Promise<SocialAccountView> {
  const suffix = randomBytes(3).toString('hex');
  return h.call<SocialAccountView>(ClientsSubjects.account.connect, as(owner), {
    brandId,
    network,
    handle: `@${network}${suffix}`,
    externalId: `${network}-${suffix}`,
    ...(network === Network.Mastodon || network === Network.Bluesky
      ? { instanceUrl: network === Network.Mastodon ? 'https://mastodon.example' : 'https://bsky.social' }
      : {}),
    credentials: { accessToken: `token-${suffix}` },
  });
}

/** One connected account per network given, keyed by network. */
export async function connectAccounts(
  h: ContentHarness,
  owner: AuthResult,
  brandId: string,
  networks: Network[],
): Promise<Record<string, SocialAccountView>> {
  const accounts: Record<string, SocialAccountView> = {};
  for (const network of networks) accounts[network] = await connectAccount(h, owner, brandId, network);
  return accounts;
}

export interface MediaFixture {
  kind?: 'image' | 'gif' | 'video';
  contentType?: string;
  sizeBytes?: number;
  width?: number;
  height?: number;
  durationMs?: number;
  status?: 'ready' | 'pending';
}

/** A media file of the brand's library, as a finished upload leaves it (or pending). */
export async function insertMedia(
  h: ContentHarness,
  owner: AuthResult,
  brandId: string,
  media: MediaFixture = {},
): Promise<string> {
  const id = randomUUID();
  const ready = (media.status ?? 'ready') === 'ready';
  await h.sql(
    `INSERT INTO content.media (id, agency_id, brand_id, uploaded_by, status, file_name, content_type, kind,
       size_bytes, width, height, duration_ms, storage_key, ready_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      id,
      owner.claims.agencyId,
      brandId,
      owner.claims.userId,
      ready ? 'ready' : 'pending',
      `file-${id.slice(0, 8)}`,
      media.contentType ?? 'image/jpeg',
      ready ? (media.kind ?? 'image') : null,
      ready ? (media.sizeBytes ?? 200_000) : null,
      ready ? (media.width ?? 1200) : null,
      ready ? (media.height ?? 800) : null,
      media.durationMs ?? null,
      `test/${id}`,
      ready ? new Date() : null,
    ],
  );
  return id;
}

export function createPost(
  h: ContentHarness,
  actor: AuthResult,
  input: { brandId: string; accountIds: string[]; baseText?: string } & Record<string, unknown>,
): Promise<PostView> {
  return h.call<PostView>(ContentSubjects.post.create, as(actor), {
    baseText: 'Hello from Relais',
    ...input,
  });
}

/** A file put in the brand's library through the real upload path (signed PUT, then completed). */
export async function uploadedMedia(
  h: ContentHarness,
  owner: AuthResult,
  brandId: string,
  file: { bytes: Buffer; contentType: string; fileName: string },
): Promise<MediaView> {
  const upload = await h.call<MediaUploadView>(ContentSubjects.media.createUpload, as(owner), {
    brandId,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.bytes.length,
  });
  const put = await fetch(upload.uploadUrl, {
    method: 'PUT',
    headers: upload.headers,
    body: new Uint8Array(file.bytes),
  });
  if (put.status !== 200) throw new Error(`The upload was refused (HTTP ${put.status})`);
  return h.call<MediaView>(ContentSubjects.media.completeUpload, as(owner), { id: upload.media.id });
}
