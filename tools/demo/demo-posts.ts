import { DateTime } from 'luxon';
import {
  ContentSeedSubjects,
  Envelope,
  Network,
  PostStatus,
  PostVariantPayload,
  SeedPostPayload,
  SeedPostsPayload,
  SeedPostsResult,
} from '@relais/contracts';
import type { Requester } from './requester';

/** How long after the seed runs its soon-due posts go out, unless told otherwise. */
export const DEMO_SOON_DUE_MS = 3 * 60_000;

export interface DemoPostOptions {
  /** How long after `now` the posts marked `soon` are due (default three minutes). */
  soonDueInMs?: number;
}

export interface DemoCampaign {
  name: string;
  color: string;
}

interface DemoPostContent {
  title: string;
  baseText: string;
  linkUrl?: string;
  /** Where it stands once planned (published if its slot has passed, whatever this says). */
  status: PostStatus.Draft | PostStatus.Approved | PostStatus.Scheduled | PostStatus.Archived;
  inCampaign?: boolean;
  variants?: PostVariantPayload[];
  /** The networks it goes out on (default: each of the brand's accounts). */
  networks?: readonly Network[];
}

/**
 * A demo post and its slot: a day counted from the first day of the current month (0 = the 1st) and a
 * local time, or `soon`: scheduled a few minutes after the seed runs, so that a newcomer sees it go out.
 */
export type DemoPost = DemoPostContent & ({ day: number; time: string } | { soon: true });

/** A demo brand as the seed made it. */
export interface DemoBrand {
  id: string;
  timezone: string;
  bannedWords: readonly string[];
  requiredHashtags: readonly string[];
  /** Its live accounts. */
  accounts: readonly { id: string; network: Network }[];
  campaign: DemoCampaign;
  /** Who writes its posts (user ids), in turn. */
  authorIds: readonly string[];
  posts: readonly DemoPost[];
}

/** The slot of a demo post, in the brand's time zone, relative to the current month or to now. */
function slotOf(post: DemoPost, timezone: string, now: DateTime, soonDueInMs: number): DateTime {
  if ('soon' in post) return now.plus({ milliseconds: soonDueInMs }).setZone(timezone);
  const [hour, minute] = post.time.split(':').map(Number);
  return now.setZone(timezone).startOf('month').plus({ days: post.day }).set({ hour, minute });
}

/**
 * What the content service is asked to write for one brand. A post's place in the brand's list is its
 * key. Posts whose slot has passed are written published (or as drafts), never scheduled: nothing old
 * goes out when the platform starts.
 */
export function demoPostsPayload(brand: DemoBrand, now: DateTime, soonDueInMs: number): SeedPostsPayload {
  const month = now.setZone(brand.timezone).startOf('month');
  const posts = brand.posts.map((post, index): SeedPostPayload => {
    const slot = slotOf(post, brand.timezone, now, soonDueInMs);
    const published = slot < now && post.status !== PostStatus.Archived && post.status !== PostStatus.Draft;
    const targets = brand.accounts
      .filter((account) => !post.networks || post.networks.includes(account.network))
      .map((account) => ({ accountId: account.id, network: account.network }));
    return {
      key: `demo-post-${brand.id}-${index}`,
      title: post.title,
      baseText: post.baseText,
      linkUrl: post.linkUrl,
      status: published ? PostStatus.Published : post.status,
      scheduledAt: slot.toUTC().toISO() ?? '',
      inCampaign: post.inCampaign ?? false,
      authorId: brand.authorIds[index % brand.authorIds.length],
      targets,
      variants: post.variants,
    };
  });
  return {
    brandId: brand.id,
    timezone: brand.timezone,
    bannedWords: [...brand.bannedWords],
    requiredHashtags: [...brand.requiredHashtags],
    campaign: {
      ...brand.campaign,
      startsOn: month.plus({ days: 7 }).toISODate() ?? '',
      endsOn: month.plus({ months: 1, days: 20 }).toISODate() ?? '',
    },
    posts,
  };
}

/**
 * The demo agency's posts: for each brand, its posts over the current and next month in various
 * statuses, some in a campaign, some with customised variants, and one due a few minutes from now,
 * written by the content service's seed entry point. Idempotent (each post has its key): a post that
 * exists is left as it is and its scheduled event is not written again. Answers how many posts there are.
 */
export async function seedDemoPosts(
  request: Requester,
  envelope: Envelope,
  brands: readonly DemoBrand[],
  now: DateTime = DateTime.now(),
  options: DemoPostOptions = {},
): Promise<number> {
  const soonDueInMs = options.soonDueInMs ?? DEMO_SOON_DUE_MS;
  let count = 0;
  for (const brand of brands) {
    const result = await request<SeedPostsResult>(
      ContentSeedSubjects.posts,
      envelope,
      demoPostsPayload(brand, now, soonDueInMs),
    );
    count += result.created + result.existing;
  }
  return count;
}
