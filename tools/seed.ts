// The demo agency: `npm run seed` (or `node -r ./tools/register.js tools/seed.ts`). Idempotent: running it
// again finds what exists and adds only what is missing. It goes through the clients service's own code
// (sign-up, invitations, brands, accounts), so every rule, audit entry and event applies as in production.
// Settings are the clients service's: DATABASE_URL, CREDENTIALS_KEYS, CREDENTIALS_ACTIVE_KEY, NATS_URL...
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { AuthResult, BrandView, Envelope, MemberView, SocialAccountView } from '@relais/contracts';
import { AccountStatus, ApprovalMode, ErrorCode, Locale, Network, Role } from '@relais/contracts';
import { TokenSigner } from '../apps/sandbox-networks/src/core/token-signer';
import { LOCAL_SANDBOX_SECRET } from './platform';
import { LOCAL_SANDBOX_URLS } from './start/local-dev-settings';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A token that "does not expire" is signed for ten years. */
const LONG_LIVED_MS = 3650 * DAY_MS;

export const DEMO_PASSWORD = 'relais-demo-2026';
export const DEMO_AGENCY_NAME = 'Agence Lumière';
/** How long the demo accounts' tokens live (Bluesky access tokens are short, as on the network). */
const DEMO_TOKEN_LIFETIMES_MS: Record<Network, { access: number | null; refresh: number | null }> = {
  [Network.Mastodon]: { access: null, refresh: null },
  [Network.Bluesky]: { access: 2 * HOUR_MS, refresh: 180 * DAY_MS },
  [Network.FacebookPage]: { access: null, refresh: null },
  [Network.LinkedIn]: { access: 60 * DAY_MS, refresh: 365 * DAY_MS },
  [Network.X]: { access: 2 * HOUR_MS, refresh: 180 * DAY_MS },
};

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

function envelope(claims: AuthResult['claims'] | null, agencyId: string | null = null): Envelope {
  return claims
    ? { ...claims, correlationId: `seed-${randomUUID()}` }
    : { agencyId, userId: null, role: null, brandIds: null, correlationId: `seed-${randomUUID()}` };
}

function isCode(error: unknown, code: ErrorCode): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

export interface DemoSeedOptions {
  /** How long after seeding the soon-due demo posts go out (default three minutes; tests use seconds). */
  soonDueInMs?: number;
}

/**
 * Seeds the demo agency with the clients service's code, configured from `env` exactly like the
 * service (the same database and credentials keys). Safe to run any number of times.
 */
export async function seedDemo(
  env: Record<string, string | undefined> = process.env,
  options: DemoSeedOptions = {},
): Promise<DemoSeedResult> {
  const [{ NestFactory }, { AppModule }, { loadClientsConfig }] = await Promise.all([
    import('@nestjs/core'),
    import('../apps/clients/src/app.module'),
    import('../apps/clients/src/config'),
  ]);
  const config = loadClientsConfig(env);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    return await seedWith(app, demoNetworks(env), options);
  } finally {
    await app.close();
  }
}

/** Where the demo accounts' networks answer: the local emulators (`sandbox-networks`). */
interface DemoNetworks {
  mastodonUrl: string;
  blueskyUrl: string;
  signer: TokenSigner;
}

function demoNetworks(env: Record<string, string | undefined>): DemoNetworks {
  return {
    mastodonUrl: env['SANDBOX_MASTODON_URL'] ?? LOCAL_SANDBOX_URLS.mastodon,
    blueskyUrl: env['SANDBOX_BLUESKY_URL'] ?? LOCAL_SANDBOX_URLS.bluesky,
    signer: new TokenSigner(env['SANDBOX_SECRET'] ?? LOCAL_SANDBOX_SECRET),
  };
}

function instanceUrlOf(network: Network, networks: DemoNetworks): string | undefined {
  if (network === Network.Mastodon) return networks.mastodonUrl;
  if (network === Network.Bluesky) return networks.blueskyUrl;
  return undefined;
}

/** Tokens the emulators accept, signed like theirs (they keep working across restarts). */
function demoCredentials(networks: DemoNetworks, account: DemoAccount) {
  const now = Date.now();
  const lifetimes = DEMO_TOKEN_LIFETIMES_MS[account.network];
  const sign = (use: 'access' | 'refresh', lifetime: number | null) =>
    networks.signer.sign({
      network: account.network,
      accountId: account.externalId,
      use,
      issuedAt: now,
      expiresAt: now + (lifetime ?? LONG_LIVED_MS),
    });
  return {
    accessToken: sign('access', lifetimes.access),
    refreshToken: lifetimes.refresh === null ? undefined : sign('refresh', lifetimes.refresh),
    expiresAt: lifetimes.access === null ? undefined : new Date(now + lifetimes.access).toISOString(),
  };
}

async function seedWith(
  app: INestApplicationContext,
  networks: DemoNetworks,
  options: DemoSeedOptions,
): Promise<DemoSeedResult> {
  const [
    { actorFrom },
    { SignInService },
    { SignUpService },
    { BrandsService },
    { MembersService },
    { InvitationsService },
    { InvitationAcceptanceService },
    { AccountsService },
    { AccountCredentialsService },
  ] = await Promise.all([
    import('@relais/server-database'),
    import('../apps/clients/src/auth/sign-in.service'),
    import('../apps/clients/src/auth/sign-up.service'),
    import('../apps/clients/src/brands/brands.service'),
    import('../apps/clients/src/memberships/members.service'),
    import('../apps/clients/src/invitations/invitations.service'),
    import('../apps/clients/src/invitations/invitation-acceptance.service'),
    import('../apps/clients/src/accounts/accounts.service'),
    import('../apps/clients/src/accounts/account-credentials.service'),
  ]);

  // The owner and the agency.
  let owner: AuthResult;
  try {
    owner = await app.get(SignInService).signIn({ email: DEMO_OWNER.email, password: DEMO_PASSWORD });
  } catch (error) {
    if (!isCode(error, ErrorCode.Unauthenticated)) throw error;
    try {
      owner = await app.get(SignUpService).signUp(
        {
          agencyName: DEMO_AGENCY_NAME,
          name: DEMO_OWNER.name,
          email: DEMO_OWNER.email,
          password: DEMO_PASSWORD,
          locale: Locale.Fr,
        },
        envelope(null),
      );
    } catch (signUpError) {
      if (isCode(signUpError, ErrorCode.Conflict)) {
        throw new Error(`${DEMO_OWNER.email} exists with another password: reset it or use a fresh database`);
      }
      throw signUpError;
    }
  }
  const actor = actorFrom(envelope(owner.claims));

  // Brands (idempotency keys make a second run return the same brands).
  const brands = {} as Record<DemoBrandKey, BrandView>;
  for (const key of Object.keys(DEMO_BRANDS) as DemoBrandKey[]) {
    const brand = DEMO_BRANDS[key];
    brands[key] = await app.get(BrandsService).create(actor, {
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
  const members = await app.get(MembersService).list(actor, { first: 100 });
  const known = new Set(members.items.map((member: MemberView) => member.email));
  for (const person of DEMO_LOGINS.slice(1)) {
    if (known.has(person.email)) continue;
    const created = await app.get(InvitationsService).create(actor, {
      email: person.email,
      role: person.role,
      brandIds: person.brand ? [brands[person.brand].id] : [],
      locale: Locale.Fr,
      idempotencyKey: `demo-member-${person.email}`,
    });
    const token = created.acceptUrl.slice(created.acceptUrl.lastIndexOf('/') + 1);
    await app
      .get(InvitationAcceptanceService)
      .accept({ token, name: person.name, password: DEMO_PASSWORD, locale: Locale.Fr }, envelope(null));
  }

  // Connected accounts on the local network emulators; one waits for a reconnection.
  const accounts: SocialAccountView[] = [];
  for (const account of DEMO_ACCOUNTS) {
    let view = await app.get(AccountsService).connect(actor, {
      brandId: brands[account.brand].id,
      network: account.network,
      handle: account.handle,
      externalId: account.externalId,
      displayName: account.displayName,
      instanceUrl: instanceUrlOf(account.network, networks),
      credentials: demoCredentials(networks, account),
      idempotencyKey: `demo-account-${account.network}-${account.brand}`,
    });
    if (account.needsReconnection && view.status === AccountStatus.Connected) {
      view = await app
        .get(AccountCredentialsService)
        .markNeedsReconnection(envelope(null, owner.claims.agencyId), {
          id: view.id,
          reason: account.needsReconnection,
        });
    }
    accounts.push(view);
  }

  // Posts of both brands over this month and the next, checked by the content service's own rules; the
  // scheduled ones are handed to the publishing service, and one per brand is due in a few minutes.
  await seedPosts(app, actor, brands, accounts, options);

  // Approval: Maison Verdure's posts go to the account manager, then the brand's approver; Brooklyn
  // Roasters' to the account manager only.
  await seedApprovalPolicies(app, owner.claims, brands);

  // A pending invitation.
  const pending = await app.get(InvitationsService).create(actor, {
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

async function seedPosts(
  app: INestApplicationContext,
  actor: { agencyId: string; userId: string; envelope: Envelope },
  brands: Record<DemoBrandKey, BrandView>,
  accounts: SocialAccountView[],
  options: DemoSeedOptions,
): Promise<void> {
  const [{ TenantTransactions }, { MembersService }, { actorFrom }, { seedDemoPosts }, { DEMO_POSTS }] =
    await Promise.all([
      import('@relais/server-database'),
      import('../apps/clients/src/memberships/members.service'),
      import('@relais/server-database'),
      import('../apps/content/src/posts/demo-posts'),
      import('../apps/content/src/posts/demo-post-texts'),
    ]);
  const members = await app.get(MembersService).list(actorFrom(actor.envelope), { first: 100 });
  const demoBrands = (Object.keys(DEMO_POSTS) as DemoBrandKey[]).map((key) => {
    const brand = brands[key];
    const writers = members.items
      .filter(
        (member: MemberView) => member.role === Role.CommunityManager && member.brandIds.includes(brand.id),
      )
      .map((member: MemberView) => member.userId);
    return {
      id: brand.id,
      timezone: brand.timezone,
      bannedWords: brand.guidelines.bannedWords,
      requiredHashtags: brand.guidelines.requiredHashtags,
      accounts: accounts.filter((account) => account.brandId === brand.id),
      campaign: DEMO_POSTS[key].campaign,
      authorIds: [...writers, actor.userId],
      posts: DEMO_POSTS[key].posts,
    };
  });
  await seedDemoPosts(app.get(TenantTransactions), actor.agencyId, demoBrands, undefined, {
    soonDueInMs: options.soonDueInMs,
  });
}

async function seedApprovalPolicies(
  app: INestApplicationContext,
  owner: AuthResult['claims'],
  brands: Record<DemoBrandKey, BrandView>,
): Promise<void> {
  const [{ TenantTransactions }, { seedDemoPolicies }] = await Promise.all([
    import('@relais/server-database'),
    import('../apps/content/src/approval/demo-policies'),
  ]);
  await seedDemoPolicies(app.get(TenantTransactions), owner.agencyId, owner.userId, [
    {
      brandId: brands.maisonVerdure.id,
      mode: ApprovalMode.InternalThenClient,
      roles: [Role.AccountManager, Role.BrandApprover],
    },
    { brandId: brands.brooklynRoasters.id, mode: ApprovalMode.Internal, roles: [Role.AccountManager] },
  ]);
}

function printSummary(result: DemoSeedResult): void {
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
