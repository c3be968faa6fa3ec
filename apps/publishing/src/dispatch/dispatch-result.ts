import { PublishFailureCode, PublishStep } from '@relais/contracts';
import { RateLimitInfo } from '../networks/network-adapter';
import { PublicationRow } from '../publications/publication';

interface ResultBase {
  row: PublicationRow;
  /** The attempt this result finishes (null: nothing was sent). */
  attempt: number | null;
  /** What the network announced about the account's budget. */
  rateLimit?: RateLimitInfo;
  /** The account is blocked until then (429, exhausted budget). */
  blockedUntil?: Date;
  /** When the publishing request was written to the network's connection (epoch ms). */
  sentAt?: number;
}

/** What a dispatcher learnt about one publication, written back in batches. */
export type DispatchResult =
  | (ResultBase & { kind: 'published'; externalId: string; url: string | null; detail: string | null })
  | (ResultBase & {
      kind: 'failed';
      code: PublishFailureCode;
      message: string;
      networkMessage: string | null;
      /** The step of the send that failed (absent: nothing was sent). */
      step?: PublishStep;
    })
  /** Pending again at `nextAttemptAt`, after a failure worth retrying (the failure stays visible). */
  | (ResultBase & {
      kind: 'retry';
      nextAttemptAt: Date;
      code: PublishFailureCode;
      message: string;
      networkMessage: string | null;
      step?: PublishStep;
    })
  /** The request may have reached the network: reconciled before anything else is sent. */
  | (ResultBase & { kind: 'unknown'; message: string })
  /** Not sent after all (account blocked, credentials unavailable): due again at `nextAttemptAt`. */
  | (ResultBase & { kind: 'release'; nextAttemptAt: Date });
