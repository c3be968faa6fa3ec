import { Inject, Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { LISTENING_CONFIG, ListeningConfig } from '../../config';
import { getJson } from '../http-json';
import { compareInstants, readNewestFirst } from '../newest-first-reader';
import { ListenFailure, ListenRequest, ListenResult, SurfaceListener } from '../surface-listener';
import { BlueskyNotification, heardNotification, LISTENED_REASONS } from './bluesky-post';

interface NotificationsPage {
  notifications?: BlueskyNotification[];
  cursor?: string;
}

/** `listNotifications` gives at most 100 a page. */
const PAGE = 100;

/** XRPC errors that say the token is refused (Bluesky answers them with a 400, not a 401). */
const REFUSED_TOKEN = /"error"\s*:\s*"(ExpiredToken|InvalidToken|AuthMissing|AuthenticationRequired)"/;

/** A 400 that refuses the token is a refused token, as a 401 is. */
function asTokenRefusal(error: unknown): unknown {
  return error instanceof ListenFailure && error.kind === 'refused' && REFUSED_TOKEN.test(error.message)
    ? new ListenFailure('auth', error.message)
    : error;
}

/**
 * Bluesky, on the account's PDS (which answers for the AppView): `notifications`, the mentions,
 * replies and quotes of the account (`app.bsky.notification.listNotifications` with `reasons`). Bluesky
 * pages them backward in time only, so each poll reads from the newest back to the newest
 * `indexedAt` seen before (`readNewestFirst`).
 */
@Injectable()
export class BlueskyListeningAdapter implements SurfaceListener {
  readonly network = Network.Bluesky;

  constructor(@Inject(LISTENING_CONFIG) private readonly config: ListeningConfig) {}

  async listen(request: ListenRequest): Promise<ListenResult> {
    if (request.surface !== 'notifications')
      throw new ListenFailure('refused', `Bluesky has no surface "${request.surface}" here`);
    const { account } = request;
    const server = (account.instanceUrl ?? this.config.BLUESKY_DEFAULT_PDS_URL).replace(/\/+$/, '');
    const reasons = LISTENED_REASONS.map((reason) => `reasons=${reason}`).join('&');
    const read = await readNewestFirst<BlueskyNotification>({
      cursor: request.cursor,
      maxPages: request.maxPages,
      page: async (from) => {
        const params = [`limit=${PAGE}`, reasons, from ? `cursor=${encodeURIComponent(from)}` : '']
          .filter(Boolean)
          .join('&');
        const { body } = await getJson<NotificationsPage>(
          `${server}/xrpc/app.bsky.notification.listNotifications?${params}`,
          {
            headers: { Authorization: `Bearer ${account.accessToken}` },
            timeoutMs: this.config.HTTP_TIMEOUT_MS,
            signal: request.signal,
          },
        ).catch((error: unknown) => {
          throw asTokenRefusal(error);
        });
        if (!Array.isArray(body.notifications))
          throw new ListenFailure('unavailable', 'listNotifications did not answer a list');
        const entries = body.notifications;
        return { entries, next: entries.length > 0 && body.cursor ? body.cursor : null };
      },
      positionOf: (notification) => notification.indexedAt,
      compare: compareInstants,
    });
    return {
      items: read.entries.flatMap((notification) => {
        const item = heardNotification(notification, account.accountId, account.externalId);
        return item ? [item] : [];
      }),
      cursor: read.cursor,
    };
  }
}
