/**
 * The feeds module's public interface: nothing else in `feeds/` is imported from outside it.
 */
export { FeedEntity } from './feed.entity';
export { FeedPoller, FeedPollResult } from './feed-poller';
export { FeedsModule } from './feeds.module';
export { shorten } from './html-text';
export { fetchPublic, PublicDocument, PublicFetchError, PublicFetchOptions } from './public-fetch';
export { feedUrlError, feedUrlProblem } from './feed-url';
export { FEED_MAX_BYTES } from './feed-fetcher';
