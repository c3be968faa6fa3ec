// The demo agency: `npm run seed` (or `node -r ./tools/register.js tools/seed.ts`) against a running
// platform. Idempotent: running it again finds what exists and adds only what is missing. It goes through
// the services' own NATS requests (sign-up, invitations, brands, accounts, approval policies) and the
// content service's seed entry point for posts, so every rule, audit entry and event applies as in
// production; the network emulators' control API hands out the accounts' tokens.
// Settings: NATS_URL, NATS_SUBJECT_PREFIX, SANDBOX_CONTROL_URL (the local ones by default).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type {
  ApprovalPolicyView,
  AuthResult,
  BrandView,
  CreatedInvitationView,
  Envelope,
  MemberView,
  Page,
  SocialAccountView,
} from '@relais/contracts';
import {
  AccountStatus,
  ApprovalMode,
  ClientsSubjects,
  ContentSubjects,
  ErrorCode,
  Locale,
  Network,
  Role,
} from '@relais/contracts';
import { SandboxClient } from '@relais/server-testing';
import { DEMO_POSTS } from './demo/demo-post-texts';
import { DemoBrand, seedDemoPosts } from './demo/demo-posts';
import { connectRequester, Requester } from './demo/requester';
import { LOCAL_DEV_URLS, LOCAL_SANDBOX_URLS } from './start/local-dev-settings';

export const DEMO_PASSWORD = 'relais-demo-2026';
export const DEMO_AGENCY_NAME = 'Agence Lumière';
export const DEMO_BRANDS = {
  maisonVerdure: {
    name: 'Maison Verdure',
    timezone: 'Europe/Paris',
    defaultLanguage: Locale.Fr,
    targetMarkets: ['FR'],
    guidelines: {
      toneNotes:
        'Chaleureux et précis, tutoiement interdit. On parle de saisons, de jardins et de savoir-faire.',
      requiredHashtags: ['MaisonVerdure'],
      bannedWords: ['pas cher', 'promo flash'],
    },
  },
  brooklynRoasters: {
    name: 'Brooklyn Roasters',
    timezone: 'America/New_York',
    defaultLanguage: Locale.En,
    targetMarkets: ['US'],
    guidelines: {
      toneNotes: 'Bold, friendly and a little nerdy about coffee. Short sentences, no corporate speak.',
      requiredHashtags: ['BrooklynRoasters'],
      bannedWords: ['cheap', 'instant'],
    },
  },
} as const;

export type DemoBrandKey = keyof typeof DEMO_BRANDS;

export interface DemoLogin {
  email: string;
  password: string;
  name: string;
  role: Role;
  /** The brand of a brand user, or the brand a community manager is assigned to. */
  brand: DemoBrandKey | null;
}

const login = (email: string, name: string, role: Role, brand: DemoBrandKey | null = null): DemoLogin => ({
  email,
  password: DEMO_PASSWORD,
  name,
  role,
  brand,
});

/** Everyone who can sign in to the demo agency, owner first. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  login('owner@lumiere.test', 'Camille Roche', Role.Owner),
  login('admin@lumiere.test', 'Julien Martin', Role.Admin),
  login('am@lumiere.test', 'Sophie Bernard', Role.AccountManager),
  login('cm.verdure@lumiere.test', 'Léa Dubois', Role.CommunityManager, 'maisonVerdure'),
  login('cm.brooklyn@lumiere.test', 'Marcus Reed', Role.CommunityManager, 'brooklynRoasters'),
  login('analyst@lumiere.test', 'Inès Moreau', Role.Analyst),
  login('approver@maison-verdure.test', 'Hélène Garnier', Role.BrandApprover, 'maisonVerdure'),
  login('viewer@maison-verdure.test', 'Paul Lefèvre', Role.BrandViewer, 'maisonVerdure'),
  login('approver@brooklyn-roasters.test', 'Dana Brooks', Role.BrandApprover, 'brooklynRoasters'),
  login('viewer@brooklyn-roasters.test', 'Sam Carter', Role.BrandViewer, 'brooklynRoasters'),
];

export const DEMO_OWNER = DEMO_LOGINS[0];

/** Invited but not yet joined. */
export const DEMO_PENDING_INVITATION = {
  email: 'newcomer@lumiere.test',
  role: Role.CommunityManager,
  brand: 'maisonVerdure' as DemoBrandKey,
};

interface DemoAccount {
  brand: DemoBrandKey;
  network: Network;
  handle: string;
  externalId: string;
  displayName: string;
  /** Set when the demo shows the account waiting for a reconnection. */
  needsReconnection?: string;
}

const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    brand: 'maisonVerdure',
    network: Network.Mastodon,
    handle: '@maisonverdure',
    externalId: '110000000000000001',
    displayName: 'Maison Verdure',
  },
  {
    brand: 'maisonVerdure',
    network: Network.Bluesky,
    handle: 'maisonverdure.bsky.social',
    externalId: 'did:plc:maisonverdure0000000001',
    displayName: 'Maison Verdure',
  },
  {
    brand: 'brooklynRoasters',
    network: Network.Mastodon,
    handle: '@brooklynroasters',
    externalId: '110000000000000002',
    displayName: 'Brooklyn Roasters',
  },
  {
    brand: 'brooklynRoasters',
    network: Network.Bluesky,
    handle: 'brooklynroasters.bsky.social',
    externalId: 'did:plc:brooklynroasters000000001',
    displayName: 'Brooklyn Roasters',
    needsReconnection: 'The network refused the access token; reconnect the account.',
  },
];

export interface DemoSeedResult {
  agencyId: string;
  brands: Record<DemoBrandKey, BrandView>;
  accounts: SocialAccountView[];
  logins: readonly DemoLogin[];
  pendingInvitationUrl: string;
}

export interface DemoSeedOptions {
  /** How long after seeding the soon-due demo posts go out (default three minutes; tests use seconds). */
  soonDueInMs?: number;
  /** Items per second the network emulators make up about the demo brands (default 0.2; 0 stops them). */
  listeningRatePerSecond?: number;
}

/** What the emulators' gentle stream says about the demo brands, on their accounts and in public. */
const DEMO_LISTENING_TOPICS = [
  {
    brand: DEMO_BRANDS.maisonVerdure.name,
    handles: { mastodon: 'maisonverdure', bluesky: 'maisonverdure.bsky.social' },
    keywords: ['Maison Verdure', 'jardinerie', 'plantes'],
  },
  {
    brand: DEMO_BRANDS.brooklynRoasters.name,
    handles: { mastodon: 'brooklynroasters', bluesky: 'brooklynroasters.bsky.social' },
    keywords: ['Brooklyn Roasters', 'cold brew', 'espresso'],
  },
];

function envelope(claims: AuthResult['claims'] | null, agencyId: string | null = null): Envelope {
  return claims
    ? { ...claims, correlationId: `seed-${randomUUID()}` }
    : { agencyId, userId: null, role: null, brandIds: null, correlationId: `seed-${randomUUID()}` };
}

function isCode(error: unknown, code: ErrorCode): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/**
 * Seeds the demo agency on a running platform (services reached over `NATS_URL` under
 * `NATS_SUBJECT_PREFIX`, network emulators at `SANDBOX_CONTROL_URL`). Safe to run any number of times.
 */
export async function seedDemo(
  env: Record<string, string | undefined> = process.env,
  options: DemoSeedOptions = {},
): Promise<DemoSeedResult> {
  const nats = await connectRequester(
    env['NATS_URL'] ?? LOCAL_DEV_URLS.nats,
    env['NATS_SUBJECT_PREFIX'] ?? '',
  );
  try {
    const sandbox = new SandboxClient(env['SANDBOX_CONTROL_URL'] ?? LOCAL_SANDBOX_URLS.control);
    return await seedWith(nats.request, sandbox, options);
  } finally {
    await nats.close();
  }
}

/** The owner's session: signed in, or signed up with the agency on a fresh database. */
async function ownerSession(request: Requester): Promise<AuthResult> {
  try {
    return await request<AuthResult>(ClientsSubjects.auth.signIn, envelope(null), {
      email: DEMO_OWNER.email,
      password: DEMO_PASSWORD,
    });
  } catch (error) {
    if (!isCode(error, ErrorCode.Unauthenticated)) throw error;
  }
  try {
    return await request<AuthResult>(ClientsSubjects.auth.signUp, envelope(null), {
      agencyName: DEMO_AGENCY_NAME,
      name: DEMO_OWNER.name,
      email: DEMO_OWNER.email,
      password: DEMO_PASSWORD,
      locale: Locale.Fr,
    });
  } catch (error) {
    if (isCode(error, ErrorCode.Conflict)) {
      throw new Error(`${DEMO_OWNER.email} exists with another password: reset it or use a fresh database`);
    }
    throw error;
  }
}

async function seedWith(
  request: Requester,
  sandbox: SandboxClient,
  options: DemoSeedOptions,
): Promise<DemoSeedResult> {
  // The owner and the agency.
  const owner = await ownerSession(request);
  const asOwner = () => envelope(owner.claims);

  // Brands (idempotency keys make a second run return the same brands).
  const brands = {} as Record<DemoBrandKey, BrandView>;
  for (const key of Object.keys(DEMO_BRANDS) as DemoBrandKey[]) {
    const brand = DEMO_BRANDS[key];
    brands[key] = await request<BrandView>(ClientsSubjects.brand.create, asOwner(), {
      ...brand,
      targetMarkets: [...brand.targetMarkets],
      guidelines: {
        ...brand.guidelines,
        requiredHashtags: [...brand.guidelines.requiredHashtags],
        bannedWords: [...brand.guidelines.bannedWords],
      },
      idempotencyKey: `demo-brand-${key}`,
    });
  }

  // The team: invited, then joined, unless already a member.
  const listMembers = () => request<Page<MemberView>>(ClientsSubjects.member.list, asOwner(), { first: 100 });
  const known = new Set((await listMembers()).items.map((member) => member.email));
  for (const person of DEMO_LOGINS.slice(1)) {
    if (known.has(person.email)) continue;
    const created = await request<CreatedInvitationView>(ClientsSubjects.invitation.create, asOwner(), {
      email: person.email,
      role: person.role,
      brandIds: person.brand ? [brands[person.brand].id] : [],
      locale: Locale.Fr,
      idempotencyKey: `demo-member-${person.email}`,
    });
    const token = created.acceptUrl.slice(created.acceptUrl.lastIndexOf('/') + 1);
    await request<AuthResult>(ClientsSubjects.auth.acceptInvitation, envelope(null), {
      token,
      name: person.name,
      password: DEMO_PASSWORD,
      locale: Locale.Fr,
    });
  }

  // Connected accounts on the local network emulators (which hand out their tokens); one waits for a
  // reconnection.
  const accounts: SocialAccountView[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const issued = await sandbox.provisionAccount({
      network: account.network,
      handle: account.handle,
      externalId: account.externalId,
    });
    let view = await request<SocialAccountView>(ClientsSubjects.account.connect, asOwner(), {
      brandId: brands[account.brand].id,
      network: account.network,
      handle: account.handle,
      externalId: account.externalId,
      displayName: account.displayName,
      instanceUrl:
        account.network === Network.Mastodon || account.network === Network.Bluesky
          ? issued.instanceUrl
          : undefined,
      credentials: {
        accessToken: issued.accessToken,
        refreshToken: issued.refreshToken ?? undefined,
        expiresAt: issued.expiresAt ?? undefined,
      },
      idempotencyKey: `demo-account-${account.network}-${account.brand}`,
    });
    if (account.needsReconnection && view.status === AccountStatus.Connected) {
      view = await request<SocialAccountView>(
        ClientsSubjects.account.markNeedsReconnection,
        envelope(null, owner.claims.agencyId),
        { id: view.id, reason: account.needsReconnection },
      );
    }
    accounts.push(view);
  }

  // Posts of both brands over this month and the next, checked by the content service's own rules; the
  // scheduled ones are handed to the publishing service, and one per brand is due in a few minutes.
  const members = (await listMembers()).items;
  const demoBrands = (Object.keys(DEMO_POSTS) as DemoBrandKey[]).map((key): DemoBrand => {
    const brand = brands[key];
    const writers = members
      .filter((member) => member.role === Role.CommunityManager && member.brandIds.includes(brand.id))
      .map((member) => member.userId);
    return {
      id: brand.id,
      timezone: brand.timezone,
      bannedWords: brand.guidelines.bannedWords,
      requiredHashtags: brand.guidelines.requiredHashtags,
      accounts: accounts.filter((account) => account.brandId === brand.id),
      campaign: DEMO_POSTS[key].campaign,
      authorIds: [...writers, owner.claims.userId],
      posts: DEMO_POSTS[key].posts,
    };
  });
  await seedDemoPosts(request, asOwner(), demoBrands, DateTime.now(), { soonDueInMs: options.soonDueInMs });

  // Approval: Maison Verdure's posts go to the account manager, then the brand's approver; Brooklyn
  // Roasters' to the account manager only. A brand that has a policy keeps it (the demo user may have
  // changed it since).
  const policies = [
    {
      brandId: brands.maisonVerdure.id,
      mode: ApprovalMode.InternalThenClient,
      roles: [Role.AccountManager, Role.BrandApprover],
    },
    { brandId: brands.brooklynRoasters.id, mode: ApprovalMode.Internal, roles: [Role.AccountManager] },
  ];
  for (const policy of policies) {
    const current = await request<ApprovalPolicyView>(ContentSubjects.approval.getPolicy, asOwner(), {
      brandId: policy.brandId,
    });
    if (current.updatedAt !== null) continue;
    await request<ApprovalPolicyView>(ContentSubjects.approval.setPolicy, asOwner(), {
      brandId: policy.brandId,
      mode: policy.mode,
      steps: policy.roles.map((role) => ({ role })),
    });
  }

  // The listening demo: a gentle stream of mentions, comments and public posts about both brands.
  const rate = options.listeningRatePerSecond ?? 0.2;
  if (rate > 0)
    await sandbox.startListeningStream({ ratePerSecond: rate, topics: DEMO_LISTENING_TOPICS, seed: 1 });
  else await sandbox.stopListeningStream();

  // A pending invitation.
  const pending = await request<CreatedInvitationView>(ClientsSubjects.invitation.create, asOwner(), {
    email: DEMO_PENDING_INVITATION.email,
    role: DEMO_PENDING_INVITATION.role,
    brandIds: [brands[DEMO_PENDING_INVITATION.brand].id],
    locale: Locale.Fr,
    idempotencyKey: 'demo-pending-invitation',
  });

  return {
    agencyId: owner.claims.agencyId,
    brands,
    accounts,
    logins: DEMO_LOGINS,
    pendingInvitationUrl: pending.acceptUrl,
  };
}

export function printSummary(result: DemoSeedResult): void {
  const brandName = (key: DemoBrandKey | null) => (key ? DEMO_BRANDS[key].name : '');
  console.log(`\n${DEMO_AGENCY_NAME} is ready (agency ${result.agencyId}).`);
  console.log(`Every demo login uses the password: ${DEMO_PASSWORD}\n`);
  const rows = result.logins.map((l) => [l.email, l.role, brandName(l.brand)]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [emailAddress, role, brand] of rows) {
    console.log(`  ${emailAddress.padEnd(widths[0])}  ${role.padEnd(widths[1])}  ${brand}`);
  }
  console.log(`\nPending invitation for ${DEMO_PENDING_INVITATION.email}: ${result.pendingInvitationUrl}`);
  console.log(
    `\nOn a fresh database, one demo post per brand goes out about three minutes after seeding, on the` +
      ` local network emulators: watch it arrive at ${LOCAL_SANDBOX_URLS.control}/control/posts.\n`,
  );
}

if (require.main === module) {
  seedDemo()
    .then(printSummary)
    .catch((error: unknown) => {
      console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
