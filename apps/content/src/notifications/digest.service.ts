import { Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { RemoteError } from '@relais/server-errors';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { DigestMailer } from './digest.mailer';
import { claimDigestRows, markEmailed, pendingDigestRecipients } from './notification.repository';
import { renderDigest } from './digest-templates';
import { readFigures } from '../publishing-results/publication-outcome';
import { Addressee, PeopleClient } from './people.client';

/** Recipients handled per pass; the rest wait for the next pass. */
const RECIPIENTS_PER_PASS = 500;
/** Lines in one e-mail; more go into the next digest. */
const ITEMS_PER_DIGEST = 50;

export interface DigestPassResult {
  /** E-mails handed to the SMTP server. */
  sent: number;
  /** Notifications those e-mails listed. */
  notifications: number;
}

/**
 * Gathers each recipient's unread notifications that no digest took yet, once they are older than the
 * grace period, into one e-mail in the recipient's language.
 *
 * Who has something pending is asked of a narrow SECURITY DEFINER function (agency and user ids only);
 * each recipient's rows are then claimed in a tenant transaction in that user's own name
 * (`FOR UPDATE SKIP LOCKED`), the e-mail is sent, and the rows are marked in that same transaction: two
 * replicas never send the same notification, and a refused e-mail leaves the rows for the next pass.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
    private readonly transactions: TenantTransactions,
    private readonly people: PeopleClient,
    private readonly mailer: DigestMailer,
  ) {}

  async runOnce(): Promise<DigestPassResult> {
    const result: DigestPassResult = { sent: 0, notifications: 0 };
    if (!this.mailer.enabled) return result;
    const recipients = await this.transactions.runSystem((manager) =>
      pendingDigestRecipients(manager, this.config.DIGEST_GRACE_SECONDS, RECIPIENTS_PER_PASS),
    );
    for (const recipient of recipients) {
      try {
        const count = await this.digestFor(recipient.agency_id, recipient.recipient_id);
        if (count > 0) {
          result.sent += 1;
          result.notifications += count;
        }
      } catch (error) {
        this.logger.warn(
          { agencyId: recipient.agency_id, userId: recipient.recipient_id, err: error },
          'Could not send a notification digest; it will be tried again',
        );
      }
    }
    return result;
  }

  /** Sends one recipient's digest; the number of notifications it listed. */
  private async digestFor(agencyId: string, userId: string): Promise<number> {
    const addressee = await this.addresseeOrNull(agencyId, userId);
    const scope = { agencyId, userId, brandIds: null };
    return this.transactions.run(scope, async (manager) => {
      const rows = await claimDigestRows(
        manager,
        agencyId,
        userId,
        this.config.DIGEST_GRACE_SECONDS,
        ITEMS_PER_DIGEST,
      );
      if (rows.length === 0) return 0;
      // Someone who left the agency, or a brand they no longer see: closed without an e-mail.
      const visible = addressee ? rows.filter((row) => inScope(addressee, row.brand_id)) : [];
      if (addressee && visible.length > 0) {
        const mail = renderDigest(
          addressee.name,
          visible.map((row) => ({
            kind: row.kind,
            postId: row.post_id,
            postTitle: row.post_title,
            brandName: row.brand_name,
            actorName: row.actor_name,
            excerpt: row.excerpt,
            summary: readFigures(row.summary),
            createdAt: row.created_at,
          })),
          addressee.locale,
          this.config.CONSOLE_URL,
        );
        await this.mailer.send(addressee, mail);
      }
      await markEmailed(
        manager,
        rows.map((row) => row.id),
      );
      return visible.length;
    });
  }

  /** The recipient now, or null when they no longer belong to the agency. */
  private async addresseeOrNull(agencyId: string, userId: string): Promise<Addressee | null> {
    try {
      return await this.people.addressee(agencyId, userId);
    } catch (error) {
      if (error instanceof RemoteError && error.code === ErrorCode.Unauthenticated) return null;
      throw error;
    }
  }
}

function inScope(addressee: Addressee, brandId: string): boolean {
  return addressee.brandIds === null || addressee.brandIds.includes(brandId);
}
