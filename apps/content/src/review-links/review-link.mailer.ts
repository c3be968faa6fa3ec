import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { Locale } from '@relais/contracts';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { renderReviewLinkMail, ReviewLinkMailContent } from './review-link-mail';

export interface ReviewLinkMail extends ReviewLinkMailContent {
  linkId: string;
  to: string;
  locale: Locale;
}

/**
 * The whole send must fit well inside the gateway's request timeout (5 s by default): the creator is
 * waiting for the answer, and it carries the only copy of the link.
 */
const SEND_DEADLINE_MS = 3_000;

/**
 * E-mails review links to their recipients over `SMTP_URL`. Without it nothing is sent: the link is
 * shown to its creator alone. The log names the link, never its address.
 */
@Injectable()
export class ReviewLinkMailer implements OnModuleDestroy {
  private readonly logger = new Logger(ReviewLinkMailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(CONTENT_CONFIG) private readonly config: ContentConfig) {
    this.transport = config.SMTP_URL
      ? createTransport({
          url: config.SMTP_URL,
          connectionTimeout: 2_000,
          greetingTimeout: 2_000,
          socketTimeout: SEND_DEADLINE_MS,
        })
      : null;
  }

  /** Whether the SMTP server accepted the e-mail. Failures are logged, never thrown: the link stands. */
  async send(mail: ReviewLinkMail): Promise<boolean> {
    if (!this.transport) {
      this.logger.log(
        { linkId: mail.linkId },
        'No SMTP server configured: the review link was only returned to its creator',
      );
      return false;
    }
    const rendered = renderReviewLinkMail(mail, mail.locale);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the SMTP server did not answer within ${SEND_DEADLINE_MS} ms`)),
        SEND_DEADLINE_MS,
      );
    });
    try {
      await Promise.race([
        this.transport.sendMail({
          from: this.config.MAIL_FROM,
          to: { name: mail.recipientName, address: mail.to },
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
        }),
        deadline,
      ]);
      this.logger.log({ linkId: mail.linkId }, 'Review link e-mail sent');
      return true;
    } catch (error) {
      this.logger.error(
        { linkId: mail.linkId, error: error instanceof Error ? error.message : String(error) },
        'Could not send the review link e-mail',
      );
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
