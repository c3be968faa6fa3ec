import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { DigestMail } from './digest-templates';

/** Hands digests to the SMTP server of `SMTP_URL`; without it, digests are not sent at all. */
@Injectable()
export class DigestMailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(@Inject(CONTENT_CONFIG) private readonly config: ContentConfig) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Throws when the SMTP server refuses the message, so that the caller's transaction rolls back. */
  async send(to: { name: string; email: string }, mail: DigestMail): Promise<void> {
    if (!this.transport) throw new Error('No SMTP server is configured');
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: { name: to.name, address: to.email },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
