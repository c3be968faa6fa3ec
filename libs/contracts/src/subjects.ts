/**
 * Every NATS subject in Relais. Requests: `<service>.<entity>.<action>`.
 * Events: `evt.<service>.<entity>.<past-verb>.v1`, carried by JetStream only.
 */
export const ClientsSubjects = {
  auth: {
    signUp: 'clients.auth.signUp',
    signIn: 'clients.auth.signIn',
    refresh: 'clients.auth.refresh',
    signOut: 'clients.auth.signOut',
    invitationPreview: 'clients.auth.invitationPreview',
    acceptInvitation: 'clients.auth.acceptInvitation',
  },
  session: {
    /** System only (the gateway): sessions revoked since an instant, to refuse their access tokens. */
    revokedSince: 'clients.session.revokedSince',
  },
  user: {
    me: 'clients.user.me',
    updateProfile: 'clients.user.updateProfile',
    changePassword: 'clients.user.changePassword',
  },
  agency: {
    get: 'clients.agency.get',
    update: 'clients.agency.update',
  },
  member: {
    list: 'clients.member.list',
    get: 'clients.member.get',
    changeRole: 'clients.member.changeRole',
    assignBrands: 'clients.member.assignBrands',
    remove: 'clients.member.remove',
  },
  invitation: {
    create: 'clients.invitation.create',
    list: 'clients.invitation.list',
    revoke: 'clients.invitation.revoke',
    resend: 'clients.invitation.resend',
  },
  brand: {
    create: 'clients.brand.create',
    update: 'clients.brand.update',
    archive: 'clients.brand.archive',
    restore: 'clients.brand.restore',
    get: 'clients.brand.get',
    list: 'clients.brand.list',
  },
  account: {
    connect: 'clients.account.connect',
    reconnect: 'clients.account.reconnect',
    disconnect: 'clients.account.disconnect',
    get: 'clients.account.get',
    list: 'clients.account.list',
    /** System only (publishing): flag an account whose token refresh failed. */
    markNeedsReconnection: 'clients.account.markNeedsReconnection',
    /** System only (publishing): the decrypted credentials. Never exposed through the gateway. */
    credentials: 'clients.account.credentials',
    /**
     * System only (publishing): stores tokens obtained by a refresh. An omitted refresh token keeps
     * the stored one (never overwritten with nothing).
     */
    storeCredentials: 'clients.account.storeCredentials',
  },
  /** Connecting accounts the network's own way (OAuth with PKCE, Mastodon app, Bluesky app password). */
  connection: {
    start: 'clients.connection.start',
    complete: 'clients.connection.complete',
    get: 'clients.connection.get',
    choose: 'clients.connection.choose',
    bluesky: 'clients.connection.bluesky',
    createLink: 'clients.connection.createLink',
    listLinks: 'clients.connection.listLinks',
    revokeLink: 'clients.connection.revokeLink',
    /** Public (link token only): what a connect link shows. */
    openLink: 'clients.connection.openLink',
  },
  audit: {
    list: 'clients.audit.list',
  },
} as const;

export const ClientsEvents = {
  agencyCreated: 'evt.clients.agency.created.v1',
  brandCreated: 'evt.clients.brand.created.v1',
  brandUpdated: 'evt.clients.brand.updated.v1',
  brandArchived: 'evt.clients.brand.archived.v1',
  brandRestored: 'evt.clients.brand.restored.v1',
  accountConnected: 'evt.clients.account.connected.v1',
  accountReconnected: 'evt.clients.account.reconnected.v1',
  accountDisconnected: 'evt.clients.account.disconnected.v1',
  accountReconnectionRequired: 'evt.clients.account.reconnection-required.v1',
  memberInvited: 'evt.clients.member.invited.v1',
  memberJoined: 'evt.clients.member.joined.v1',
  memberRoleChanged: 'evt.clients.member.role-changed.v1',
  memberRemoved: 'evt.clients.member.removed.v1',
  /** Sessions ended (sign-out, refresh-token reuse, member removal): their access tokens stop working. */
  sessionsRevoked: 'evt.clients.session.revoked.v1',
} as const;

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T];
export type ClientsSubject = Leaves<typeof ClientsSubjects>;
export type ClientsEvent = Leaves<typeof ClientsEvents>;

export const ContentSubjects = {
  post: {
    create: 'content.post.create',
    update: 'content.post.update',
    get: 'content.post.get',
    list: 'content.post.list',
    /** Posts whose slot falls in a time range, for the calendar (one brand or every brand in scope). */
    calendar: 'content.post.calendar',
    /** Moves a post to another slot (calendar drag). */
    reschedule: 'content.post.reschedule',
    archive: 'content.post.archive',
    restore: 'content.post.restore',
    delete: 'content.post.delete',
    /** Checks a draft against the networks' rules and the brand's guidelines without saving it. */
    check: 'content.post.check',
  },
  campaign: {
    create: 'content.campaign.create',
    update: 'content.campaign.update',
    archive: 'content.campaign.archive',
    list: 'content.campaign.list',
  },
  label: {
    create: 'content.label.create',
    update: 'content.label.update',
    delete: 'content.label.delete',
    list: 'content.label.list',
  },
  media: {
    /** Registers an upload and answers a signed URL to send the file to. */
    createUpload: 'content.media.createUpload',
    /** Checks the uploaded file (type, size, dimensions) and makes it usable. */
    completeUpload: 'content.media.completeUpload',
    get: 'content.media.get',
    list: 'content.media.list',
    update: 'content.media.update',
    delete: 'content.media.delete',
    /** System only (publishing): each file's rendition for one network, with a signed URL to stream it. */
    sources: 'content.media.sources',
  },
  approval: {
    getPolicy: 'content.approval.getPolicy',
    setPolicy: 'content.approval.setPolicy',
    submit: 'content.approval.submit',
    withdraw: 'content.approval.withdraw',
    approve: 'content.approval.approve',
    requestChanges: 'content.approval.requestChanges',
    schedule: 'content.approval.schedule',
    unschedule: 'content.approval.unschedule',
    /** Every recorded transition of a post (who, when, from, to, what changed). */
    history: 'content.approval.history',
    /** The review rounds of a post, each with the version it was about. */
    rounds: 'content.approval.rounds',
  },
  comment: {
    add: 'content.comment.add',
    list: 'content.comment.list',
    edit: 'content.comment.edit',
    delete: 'content.comment.delete',
  },
  reviewLink: {
    create: 'content.reviewLink.create',
    list: 'content.reviewLink.list',
    revoke: 'content.reviewLink.revoke',
    /** Public (no account): what a signed link shows. */
    open: 'content.reviewLink.open',
    /** Public (no account): approve, request changes or comment through a signed link. */
    decide: 'content.reviewLink.decide',
  },
  notification: {
    list: 'content.notification.list',
    unreadCount: 'content.notification.unreadCount',
    markRead: 'content.notification.markRead',
    markAllRead: 'content.notification.markAllRead',
  },
  linkCard: {
    /** The card a link makes (read through the cache of the brand's cards). */
    preview: 'content.linkCard.preview',
  },
  feed: {
    add: 'content.feed.add',
    remove: 'content.feed.remove',
    list: 'content.feed.list',
    refresh: 'content.feed.refresh',
  },
  slot: {
    /** A brand's weekly posting slots and its next free ones. */
    get: 'content.slot.get',
    set: 'content.slot.set',
  },
  idea: {
    list: 'content.idea.list',
    dismiss: 'content.idea.dismiss',
    /** Turns an idea into a draft post in one step. */
    toDraft: 'content.idea.toDraft',
  },
} as const;

export const ContentEvents = {
  postCreated: 'evt.content.post.created.v1',
  postUpdated: 'evt.content.post.updated.v1',
  postSubmitted: 'evt.content.post.submitted.v1',
  postWithdrawn: 'evt.content.post.withdrawn.v1',
  postApproved: 'evt.content.post.approved.v1',
  postChangesRequested: 'evt.content.post.changes-requested.v1',
  postScheduled: 'evt.content.post.scheduled.v1',
  /** A scheduled post that must not go out any more (unscheduled, edited back to draft, archived, deleted). */
  postCancelled: 'evt.content.post.cancelled.v1',
  postArchived: 'evt.content.post.archived.v1',
  postDeleted: 'evt.content.post.deleted.v1',
  commentAdded: 'evt.content.comment.added.v1',
} as const;

export type ContentSubject = Leaves<typeof ContentSubjects>;
export type ContentEvent = Leaves<typeof ContentEvents>;

export const PublishingSubjects = {
  publication: {
    /** Every publication of a post (one per account and occurrence), for the post's page. */
    listForPost: 'publishing.publication.listForPost',
    /** The publications of a page of posts at once. */
    listForPosts: 'publishing.publication.listForPosts',
    /** Sends a failed publication again, when that cannot post twice. */
    retry: 'publishing.publication.retry',
  },
} as const;

export const PublishingEvents = {
  publicationPublished: 'evt.publishing.publication.published.v1',
  publicationFailed: 'evt.publishing.publication.failed.v1',
} as const;

export const ListeningSubjects = {
  query: {
    create: 'listening.query.create',
    /** Renames, rewrites, enables or disables a query. */
    update: 'listening.query.update',
    delete: 'listening.query.delete',
    /** A brand's queries, by name. */
    list: 'listening.query.list',
    get: 'listening.query.get',
    /** A query checked as it is typed: its error with the position, or what it finds among stored items. */
    preview: 'listening.query.preview',
  },
} as const;

export const ListeningEvents = {
  itemIngested: 'evt.listening.item.ingested.v1',
} as const;

export type PublishingSubject = Leaves<typeof PublishingSubjects>;
export type PublishingEvent = Leaves<typeof PublishingEvents>;
export type ListeningSubject = Leaves<typeof ListeningSubjects>;
export type ListeningEvent = Leaves<typeof ListeningEvents>;
