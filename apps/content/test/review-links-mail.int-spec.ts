import {
  ApprovalMode,
  AuthResult,
  BrandView,
  ClientsSubjects,
  ContentSubjects,
  CreatedReviewLinkView,
  Locale,
  Network,
  ReviewLinkStatus,
  ReviewLinkView,
  ReviewSessionView,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { anonymous, as, SmtpInbox } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';

/**
 * A real SMTP server on a free local port keeping every message it accepts, parsed. It refuses any
 * recipient at `bounce.example`, as a server refusing an address does.
 */
describe('content review links by e-mail', () => {
  let inbox: SmtpInbox;
  let h: ContentHarness;
  let owner: AuthResult;
  let cm: AuthResult;
  let french: BrandView;
  let english: BrandView;
  const accounts: Record<string, SocialAccountView> = {};

  beforeAll(async () => {
    inbox = await SmtpInbox.start({ refuses: (address) => address.endsWith('@bounce.example') });
    const smtpUrl = inbox.url;
    h = await startContent({
      env: {
        SMTP_URL: smtpUrl,
        MAIL_FROM: 'Relais <review@relais.test>',
        CONSOLE_URL: 'https://console.relais.test',
        REVIEW_LINK_TTL_HOURS: '48',
      },
    });
    owner = await signUp(h, 'Agence Lumière', 'Olivia Owner');
    french = await createBrand(h, owner, 'Maison Verdure', { timezone: 'Europe/Paris' });
    english = await h.call<BrandView>(ClientsSubjects.brand.create, as(owner), {
      name: 'Northwind Tea',
      timezone: 'Europe/London',
      defaultLanguage: Locale.En,
      targetMarkets: ['GB'],
      guidelines: { toneNotes: '', requiredHashtags: [], bannedWords: [] },
    });
    cm = await join(h, owner, {
      role: Role.CommunityManager,
      brandIds: [french.id, english.id],
      name: 'Chloé Community',
    });
    for (const brand of [french, english]) {
      accounts[brand.id] = (await connectAccounts(h, owner, brand.id, [Network.X]))[Network.X];
      await h.call(ContentSubjects.approval.setPolicy, as(owner), {
        brandId: brand.id,
        mode: ApprovalMode.InternalThenClient,
        steps: [{ role: Role.AccountManager }, { role: Role.BrandApprover }],
      });
    }
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    await inbox?.stop();
  });

  /** A post of the brand waiting for the client (submitted, then approved by the agency step). */
  async function awaitingClient(brand: BrandView, title: string): Promise<string> {
    const post = await createPost(h, cm, {
      brandId: brand.id,
      title,
      baseText: `${title} text`,
      accountIds: [accounts[brand.id].id],
    });
    await h.call(ContentSubjects.approval.submit, as(cm), { postId: post.id });
    await h.call(ContentSubjects.approval.approve, as(owner), { postId: post.id });
    return post.id;
  }
  const createLink = (brand: BrandView, postIds: string[], recipientEmail?: string) =>
    h.call<CreatedReviewLinkView>(ContentSubjects.reviewLink.create, as(owner), {
      brandId: brand.id,
      postIds,
      recipientName: 'Hélène Garnier',
      recipientEmail,
    });
  const open = (token: string) =>
    h.call<ReviewSessionView>(ContentSubjects.reviewLink.open, anonymous(), { token });
  const linkIn = (text: string) => /https:\/\/console\.relais\.test\/review\/(\S+)/.exec(text);

  it('e-mails the link in French for a French brand, and the link in the mail opens the session', async () => {
    const postIds = [await awaitingClient(french, 'Printemps'), await awaitingClient(french, 'Été')];
    const created = await createLink(french, postIds, 'helene@verdure.example');
    expect(created.emailSent).toBe(true);

    const [mail, ...others] = inbox.messagesTo('helene@verdure.example');
    expect(others).toEqual([]);
    expect(mail.from?.value).toEqual([{ address: 'review@relais.test', name: 'Relais' }]);
    expect(mail.to).toMatchObject({ value: [{ address: 'helene@verdure.example', name: 'Hélène Garnier' }] });
    expect(mail.subject).toBe('Maison Verdure : 2 publications à valider');
    expect(mail.text).toContain('Bonjour Hélène Garnier,');
    expect(mail.text).toContain('Olivia Owner vous a envoyé 2 publications de Maison Verdure à valider.');
    expect(mail.text).toMatch(/Ce lien est valable jusqu’au \d{1,2} \S+ \d{4} à \d{2}:\d{2} UTC\+[12]\./);
    expect(mail.text).toContain(`Voir les publications : ${created.url}`);
    expect(mail.html).toContain(`href="${created.url}"`);

    const found = linkIn(mail.text ?? '');
    expect(found?.[0]).toBe(created.url);
    const session = await open(found?.[1] ?? '');
    expect(session).toMatchObject({ brandName: 'Maison Verdure', language: Locale.Fr });
    expect(session.posts.map((post) => post.id).sort()).toEqual([...postIds].sort());
  });

  it('writes in English for an English brand', async () => {
    const postId = await awaitingClient(english, 'Winter blend');
    const created = await createLink(english, [postId], 'buyer@northwind.example');
    expect(created.emailSent).toBe(true);
    const [mail] = inbox.messagesTo('buyer@northwind.example');
    expect(mail.subject).toBe('Northwind Tea: 1 post to review');
    expect(mail.text).toContain('Olivia Owner sent you a post from Northwind Tea to review.');
    expect(mail.text).toContain(`Review the post: ${created.url}`);
    expect(mail.text).toMatch(/This link is valid until \d{1,2} \w+ \d{4} at \d{2}:\d{2} (GMT|BST|UTC)/);
  });

  it('keeps the link and says so when the SMTP server refuses the recipient', async () => {
    const postId = await awaitingClient(french, 'Automne');
    const created = await createLink(french, [postId], 'nobody@bounce.example');
    expect(created.emailSent).toBe(false);
    expect(created.link).toMatchObject({
      recipientEmail: 'nobody@bounce.example',
      status: ReviewLinkStatus.Active,
    });
    expect(inbox.messagesTo('nobody@bounce.example')).toEqual([]);
    const token = created.url.slice(created.url.lastIndexOf('/') + 1);
    expect((await open(token)).posts.map((post) => post.id)).toEqual([postId]);
    const listed = await h.call<ReviewLinkView[]>(ContentSubjects.reviewLink.list, as(owner), {
      brandId: french.id,
    });
    expect(listed.map((link) => link.id)).toContain(created.link.id);
  });

  it('sends nothing for a link without an address', async () => {
    const before = inbox.messages.length;
    const created = await createLink(french, [await awaitingClient(french, 'Hiver')]);
    expect(created).toMatchObject({ emailSent: false, link: { recipientEmail: null } });
    expect(inbox.messages.length).toBe(before);
  });
});
