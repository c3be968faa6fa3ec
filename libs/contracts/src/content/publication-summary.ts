import { Network } from '../networks';
import { PublishFailureCode } from '../publishing/publication.payload';

/**
 * A post's publishing outcome in figures, for each reader to have it said in their own language:
 * how many accounts failed of how many and, for a failure, the network, the failure's code and the
 * network's own words (verbatim, never translated).
 */
export interface PublicationSummaryView {
  /** The accounts the occurrence was sent to. */
  total: number;
  failed: number;
  /** The failure given (the last account to fail): its network and code; null when all published. */
  network: Network | null;
  failureCode: PublishFailureCode | null;
  networkMessage: string | null;
}
