/** Where the networks' APIs are and how long a request may take. Mapped from the service's config. */
export interface NetworksConfig {
  /** Bluesky PDS for accounts without their own (`https://bsky.social`). */
  blueskyDefaultPdsUrl: string;
  /** Bluesky's video service (`https://video.bsky.app`): videos are processed there before a post embeds them. */
  blueskyVideoServiceUrl: string;
  /** `https://graph.facebook.com`. */
  facebookGraphUrl: string;
  /** `v23.0`. */
  facebookGraphVersion: string;
  /** `https://api.linkedin.com`. */
  linkedinApiUrl: string;
  /** `https://www.linkedin.com` (token endpoint). */
  linkedinOauthUrl: string;
  /** `LinkedIn-Version` header, `YYYYMM`. */
  linkedinVersion: string;
  linkedinClientId?: string;
  linkedinClientSecret?: string;
  /** `https://api.x.com`. */
  xApiUrl: string;
  xClientId?: string;
  /** Upper bound of one HTTP request to a network. */
  httpTimeoutMs: number;
  /** Upper bound of one media upload request. */
  mediaUploadTimeoutMs: number;
  /** How long a network may take to process media (`waitForProcessing`'s deadline). */
  mediaProcessingTimeoutMs: number;
}

/** Injection token of the `NetworksConfig` given to `NetworksModule.forRoot`. */
export const NETWORKS_CONFIG = Symbol('NETWORKS_CONFIG');
