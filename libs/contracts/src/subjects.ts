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
} as const;

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T];
export type ClientsSubject = Leaves<typeof ClientsSubjects>;
export type ClientsEvent = Leaves<typeof ClientsEvents>;
