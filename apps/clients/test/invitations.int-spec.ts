import { randomUUID } from 'node:crypto';
import {
  AuthResult,
  BrandView,
  ClientsEvents,
  ClientsSubjects,
  ErrorCode,
  InvitationPreviewView,
  InvitationStatus,
  InvitationView,
  Locale,
  Page,
  Role,
} from '@relais/contracts';
import { anonymous, as, failure, SmtpInbox } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { createBrand, email, invite, join, PASSWORD, signUp, tokenOf } from './support/fixtures';

describe('clients invitations', () => {
  let h: ClientsHarness;
  let inbox: SmtpInbox;
  let owner: AuthResult;
  let brand: BrandView;

  const accept = (data: Record<string, unknown>) =>
    h.call<AuthResult>(ClientsSubjects.auth.acceptInvitation, anonymous(), data);
  const preview = (token: string) =>
    h.call<InvitationPreviewView>(ClientsSubjects.auth.invitationPreview, anonymous(), { token });

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    h = await startClients({ SMTP_URL: inbox.url, MAIL_FROM: 'Relais <invitations@relais.test>' });
    owner = await signUp(h, { agencyName: 'Agence Lumière', name: 'Camille Roche' });
    brand = await createBrand(h, owner, 'Maison Verdure');
  });
  afterAll(async () => {
    await h.close();
    await inbox.stop();
  });

  it('e-mails the link in the invitee’s language, and the link opens a preview', async () => {
    const address = email('nadia');
    const created = await invite(h, owner, {
      email: address,
      role: Role.CommunityManager,
      brandIds: [brand.id],
      locale: Locale.Fr,
    });
    expect(created.invitation).toMatchObject({
      email: address,
      role: Role.CommunityManager,
      brandIds: [brand.id],
      status: InvitationStatus.Pending,
      invitedByName: 'Camille Roche',
    });
    expect(created.acceptUrl).toMatch(/^http:\/\/console\.relais\.test\/invitations\/[A-Za-z0-9_-]{43}$/);

    const mail = await inbox.messageTo(address);
    expect(mail.subject).toBe('Invitation à rejoindre Agence Lumière sur Relais');
    expect(mail.from?.value).toEqual([{ address: 'invitations@relais.test', name: 'Relais' }]);
    expect(mail.text).toContain(
      'Camille Roche vous invite à rejoindre Agence Lumière sur Relais en tant que community manager.',
    );
    expect(mail.text).toContain(created.acceptUrl);
    expect(mail.html).toContain(`href="${created.acceptUrl}"`);

    const [row] = await h.sql<{ token_hash: Buffer; token_sealed: string }>(
      `SELECT token_hash, token_sealed FROM clients.invitations WHERE id = $1`,
      [created.invitation.id],
    );
    expect(row.token_sealed).not.toContain(tokenOf(created));
    expect(row.token_hash.toString('base64url')).not.toBe(tokenOf(created));

    await expect(preview(tokenOf(created))).resolves.toEqual({
      agencyName: 'Agence Lumière',
      email: address,
      role: Role.CommunityManager,
      brandNames: ['Maison Verdure'],
      expiresAt: created.invitation.expiresAt,
      userExists: false,
    });
  });

  it('lets a new person accept with a name and a password, and then sign in', async () => {
    const address = email('new-person');
    const created = await invite(h, owner, {
      email: address,
      role: Role.BrandApprover,
      brandIds: [brand.id],
      locale: Locale.En,
    });
    expect((await inbox.messageTo(address)).subject).toBe('Join Agence Lumière on Relais');

    const missing = await failure(accept({ token: tokenOf(created), password: 'short' }));
    expect(missing.fields?.map((f) => f.field).sort()).toEqual(['name', 'password']);

    const auth = await accept({
      token: tokenOf(created),
      name: 'Nora Approver',
      password: PASSWORD,
      ip: '192.0.2.10',
    });
    expect(auth.user).toMatchObject({ email: address, name: 'Nora Approver', locale: Locale.En });
    expect(auth.claims).toEqual({
      agencyId: owner.claims.agencyId,
      userId: auth.user.id,
      role: Role.BrandApprover,
      brandIds: [brand.id],
    });
    const signedIn = await h.call<AuthResult>(ClientsSubjects.auth.signIn, anonymous(), {
      email: address,
      password: PASSWORD,
    });
    expect(signedIn.claims).toEqual(auth.claims);

    const again = await failure(accept({ token: tokenOf(created), name: 'Again', password: PASSWORD }));
    expect(again.code).toBe(ErrorCode.BadUserInput);
    expect(again.message).toBe('This invitation has already been accepted');

    const audit = await h.sql<{ action: string }>(
      `SELECT action FROM clients.audit_log WHERE target_id = $1 ORDER BY created_at`,
      [created.invitation.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['invitation.created', 'invitation.accepted']);
    const events = await h.sql<{ subject: string }>(
      `SELECT subject FROM clients.outbox WHERE payload->'data'->>'invitationId' = $1 OR payload->'data'->>'userId' = $2
        ORDER BY created_at`,
      [created.invitation.id, auth.user.id],
    );
    expect(events.map((e) => e.subject)).toEqual([ClientsEvents.memberInvited, ClientsEvents.memberJoined]);
  });

  it('lets someone who already has an account join with its password, then switch agencies', async () => {
    const address = email('two-agencies');
    const elsewhere = await signUp(h, { agencyName: 'Their Own Agency', email: address });
    const created = await invite(h, owner, { email: address, role: Role.Analyst });
    expect((await preview(tokenOf(created))).userExists).toBe(true);

    const wrong = await failure(accept({ token: tokenOf(created), password: 'not their password' }));
    expect(wrong.fields).toEqual([
      { field: 'password', message: 'is not the password of your existing Relais account' },
    ]);

    const joined = await accept({ token: tokenOf(created), password: PASSWORD });
    expect(joined.user.id).toBe(elsewhere.user.id);
    expect(joined.claims).toMatchObject({
      agencyId: owner.claims.agencyId,
      role: Role.Analyst,
      brandIds: null,
    });
    expect(joined.agencies.map((a) => a.name).sort()).toEqual(['Agence Lumière', 'Their Own Agency']);

    const switched = await h.call<AuthResult>(ClientsSubjects.auth.refresh, anonymous(), {
      refreshToken: joined.refreshToken,
      agencyId: elsewhere.claims.agencyId,
    });
    expect(switched.claims).toMatchObject({ agencyId: elsewhere.claims.agencyId, role: Role.Owner });
    const signIn = await h.call<AuthResult>(ClientsSubjects.auth.signIn, anonymous(), {
      email: address,
      password: PASSWORD,
    });
    expect(signIn.claims.agencyId).toBe(elsewhere.claims.agencyId);
    const chosen = await h.call<AuthResult>(ClientsSubjects.auth.signIn, anonymous(), {
      email: address,
      password: PASSWORD,
      agencyId: owner.claims.agencyId,
    });
    expect(chosen.claims.role).toBe(Role.Analyst);
    const notMember = await failure(
      h.call(ClientsSubjects.auth.refresh, anonymous(), {
        refreshToken: chosen.refreshToken,
        agencyId: (await signUp(h)).claims.agencyId,
      }),
    );
    expect(notMember).toEqual({ code: ErrorCode.NotFound, message: 'Agency not found' });
    const stillValid = await h.call<AuthResult>(ClientsSubjects.auth.refresh, anonymous(), {
      refreshToken: chosen.refreshToken,
    });
    expect(stillValid.claims).toMatchObject({ agencyId: owner.claims.agencyId, role: Role.Analyst });
  });

  it('refuses an expired invitation with a clear message', async () => {
    const created = await invite(h, owner, { email: email('late'), role: Role.Analyst });
    await h.sql(`UPDATE clients.invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      created.invitation.id,
    ]);
    const error = await failure(accept({ token: tokenOf(created), name: 'Late', password: PASSWORD }));
    expect(error).toEqual({
      code: ErrorCode.BadUserInput,
      message: 'This invitation has expired',
      fields: [{ field: 'token', message: 'This invitation has expired' }],
    });
    expect((await failure(preview(tokenOf(created)))).message).toBe('This invitation has expired');
    const expired = await h.call<Page<InvitationView>>(ClientsSubjects.invitation.list, as(owner), {
      status: InvitationStatus.Expired,
    });
    expect(expired.items.map((i) => i.id)).toContain(created.invitation.id);
  });

  it('refuses a second pending invitation, an existing member and unknown links', async () => {
    const address = email('twice');
    await invite(h, owner, { email: address, role: Role.Analyst });
    const twice = await failure(invite(h, owner, { email: address.toUpperCase(), role: Role.Admin }));
    expect(twice.code).toBe(ErrorCode.Conflict);
    expect(twice.fields).toEqual([
      { field: 'email', message: 'already has a pending invitation', constraint: 'taken' },
    ]);

    const member = await failure(invite(h, owner, { email: owner.user.email, role: Role.Admin }));
    expect(member.code).toBe(ErrorCode.Conflict);
    expect(member.fields).toEqual([
      { field: 'email', message: 'is already a member of the agency', constraint: 'taken' },
    ]);

    const unknown = await failure(preview('A'.repeat(43)));
    expect(unknown).toEqual({ code: ErrorCode.NotFound, message: 'This invitation link is not valid' });
  });

  it('returns the same invitation and link when the create is repeated with its idempotency key', async () => {
    const address = email('retry');
    const key = `invite-${randomUUID()}`;
    const first = await invite(h, owner, { email: address, role: Role.Analyst, idempotencyKey: key });
    const again = await invite(h, owner, { email: address, role: Role.Analyst, idempotencyKey: key });
    expect(again).toEqual(first);
    await inbox.messageTo(address);
    expect(inbox.messagesTo(address)).toHaveLength(1);
  });

  it('revokes and resends invitations', async () => {
    const address = email('revoked');
    const created = await invite(h, owner, { email: address, role: Role.Analyst });
    const revoked = await h.call<InvitationView>(ClientsSubjects.invitation.revoke, as(owner), {
      id: created.invitation.id,
    });
    expect(revoked.status).toBe(InvitationStatus.Revoked);
    expect((await failure(accept({ token: tokenOf(created), name: 'X', password: PASSWORD }))).code).toBe(
      ErrorCode.NotFound,
    );
    expect(
      (await failure(h.call(ClientsSubjects.invitation.revoke, as(owner), { id: created.invitation.id })))
        .code,
    ).toBe(ErrorCode.Conflict);

    const resendAddress = email('resent');
    const pending = await invite(h, owner, { email: resendAddress, role: Role.Analyst });
    await inbox.messageTo(resendAddress);
    await h.sql(`UPDATE clients.invitations SET expires_at = now() + interval '1 hour' WHERE id = $1`, [
      pending.invitation.id,
    ]);
    const resent = await h.call<InvitationView>(ClientsSubjects.invitation.resend, as(owner), {
      id: pending.invitation.id,
    });
    expect(new Date(resent.expiresAt).getTime() - Date.now()).toBeGreaterThan(167 * 3600 * 1000);
    const deadline = Date.now() + 5000;
    while (inbox.messagesTo(resendAddress).length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const mails = inbox.messagesTo(resendAddress);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain(pending.acceptUrl);
  });

  it('applies the role rules to inviting', async () => {
    const accountManager = await join(h, owner, { role: Role.AccountManager });
    const admin = await join(h, owner, { role: Role.Admin });
    const cm = await join(h, owner, { role: Role.CommunityManager });
    await expect(
      invite(h, accountManager, { email: email('viewer'), role: Role.BrandViewer, brandIds: [brand.id] }),
    ).resolves.toBeDefined();
    expect(
      (await failure(invite(h, accountManager, { email: email('analyst'), role: Role.Analyst }))).code,
    ).toBe(ErrorCode.Forbidden);
    expect((await failure(invite(h, admin, { email: email('owner'), role: Role.Owner }))).code).toBe(
      ErrorCode.Forbidden,
    );
    expect(
      (await failure(invite(h, cm, { email: email('anyone'), role: Role.BrandViewer, brandIds: [brand.id] })))
        .code,
    ).toBe(ErrorCode.Forbidden);
    const noBrand = await failure(invite(h, owner, { email: email('no-brand'), role: Role.BrandViewer }));
    expect(noBrand.fields).toEqual([{ field: 'brandIds', message: 'a brand role needs exactly one brand' }]);
    const unknownBrand = await failure(
      invite(h, owner, { email: email('bad-brand'), role: Role.BrandViewer, brandIds: [randomUUID()] }),
    );
    expect(unknownBrand).toEqual({ code: ErrorCode.NotFound, message: 'Brand not found' });
    const list = await h.call<Page<InvitationView>>(ClientsSubjects.invitation.list, as(cm), {
      status: InvitationStatus.Pending,
    });
    expect(list.totalCount).toBeGreaterThan(0);
    expect(list.items.every((i) => i.status === InvitationStatus.Pending)).toBe(true);
  });
});
