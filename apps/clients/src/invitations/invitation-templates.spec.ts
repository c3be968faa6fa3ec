import { Locale, Role } from '@relais/contracts';
import { renderInvitation } from './invitation-templates';

const content = {
  agencyName: 'Agence <Lumière>',
  inviterName: 'Camille Roche',
  role: Role.CommunityManager,
  acceptUrl: 'https://console.example/invitations/abc_DEF-123',
  expiresAt: new Date('2026-05-01T10:00:00Z'),
};

describe('renderInvitation', () => {
  it('writes French for French invitees', () => {
    const mail = renderInvitation(content, Locale.Fr);
    expect(mail.subject).toBe('Invitation à rejoindre Agence <Lumière> sur Relais');
    expect(mail.text).toContain(
      'Camille Roche vous invite à rejoindre Agence <Lumière> sur Relais en tant que community manager.',
    );
    expect(mail.text).toContain(content.acceptUrl);
    expect(mail.text).toContain('1 mai 2026');
  });

  it('writes English for English invitees', () => {
    const mail = renderInvitation({ ...content, role: Role.BrandViewer, inviterName: null }, Locale.En);
    expect(mail.subject).toBe('Join Agence <Lumière> on Relais');
    expect(mail.text).toContain('You are invited to join Agence <Lumière> on Relais as brand viewer.');
    expect(mail.text).toContain('1 May 2026');
  });

  it('escapes names in the HTML part and links the accept URL', () => {
    const mail = renderInvitation(content, Locale.En);
    expect(mail.html).toContain('Agence &#60;Lumière&#62;');
    expect(mail.html).not.toContain('<Lumière>');
    expect(mail.html).toContain(`href="${content.acceptUrl}"`);
  });
});
