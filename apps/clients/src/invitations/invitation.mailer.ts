import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { Locale } from '@relais/contracts';
import { CLIENTS_CONFIG, ClientsConfig } from '../config';
import { InvitationMailContent, renderInvitation } from './invitation-templates';

export interface InvitationMail extends InvitationMailContent {
  invitationId: string;
  to: string;
  locale: Locale;
}

/**
 * Sends invitation e-mails over SMTP. Without `SMTP_URL` nothing is sent: the inviter alone gets the
 * link, and the log records that (never the link itself).
 */
@Injectable()
export class InvitationMailer implements OnModuleDestroy {
  private readonly logger = new Logger(InvitationMailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(CLIENTS_CONFIG) private readonly config: ClientsConfig) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  /** Whether the e-mail was handed to the SMTP server. Failures are logged, not thrown: the invitation stands. */
  async send(mail: InvitationMail): Promise<boolean> {
    if (!this.transport) {
      this.logger.log(
        { invitationId: mail.invitationId },
        'No SMTP server configured: the invitation link was only returned to the inviter',
      );
      return false;
    }
    const rendered = renderInvitation(mail, mail.locale);
    try {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: mail.to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
      });
      this.logger.log({ invitationId: mail.invitationId }, 'Invitation e-mail sent');
      return true;
    } catch (error) {
      this.logger.error(
        { invitationId: mail.invitationId, error: error instanceof Error ? error.message : String(error) },
        'Could not send the invitation e-mail',
      );
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
