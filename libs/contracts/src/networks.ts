export enum Network {
  Mastodon = 'mastodon',
  Bluesky = 'bluesky',
  FacebookPage = 'facebook_page',
  LinkedIn = 'linkedin',
  X = 'x',
}

export enum AccountStatus {
  Connected = 'connected',
  NeedsReconnection = 'needs_reconnection',
  Disconnected = 'disconnected',
}
