import { Injectable } from '@nestjs/common';
import {
  Envelope,
  isTenantEnvelope,
  PublicationIdPayload,
  PublicationStatus,
  PublicationView,
  Role,
} from '@relais/contracts';
import { TenantTransactions, tenantScope } from '@relais/server-database';
import { conflict, forbidden, notFound, unauthenticated } from '@relais/server-errors';
import { lockSchedules, notifyDue } from '../schedules/schedule.repository';
import { canRetry } from './publication';
import {
  findPublication,
  listPublicationsOfPosts,
  lockPublication,
  markForRetry,
} from './publication.repository';
import { listPublicationParts } from './publication-part.repository';
import { toPublicationView } from './publication.view';

/** Who may send a failed publication again: the people who schedule posts. */
const WRITERS: readonly Role[] = [Role.Owner, Role.Admin, Role.AccountManager, Role.CommunityManager];

function scopeOf(envelope: Envelope) {
  if (!isTenantEnvelope(envelope)) throw unauthenticated('Sign in to an agency to continue');
  return tenantScope(envelope);
}

/**
 * Publications as people see them: read in tenant transactions (row-level security keeps other
 * agencies' and out-of-scope brands' rows out), and retried by writers.
 */
@Injectable()
export class PublicationsService {
  constructor(private readonly transactions: TenantTransactions) {}

  listForPost(envelope: Envelope, postId: string): Promise<PublicationView[]> {
    return this.listForPosts(envelope, [postId]);
  }

  async listForPosts(envelope: Envelope, postIds: string[]): Promise<PublicationView[]> {
    if (postIds.length === 0) return [];
    const { rows, parts } = await this.transactions.run(scopeOf(envelope), async (manager) => {
      const rows = await listPublicationsOfPosts(manager, postIds);
      const threads = rows.filter((row) => row.thread_parts.length > 0).map((row) => row.id);
      return { rows, parts: await listPublicationParts(manager, threads) };
    });
    return rows.map((row) => toPublicationView(row, parts));
  }

  async retry(envelope: Envelope, payload: PublicationIdPayload): Promise<PublicationView> {
    const scope = scopeOf(envelope);
    return this.transactions.run(scope, async (manager) => {
      const found = await findPublication(manager, payload.id);
      if (!found) throw notFound('publication');
      if (!envelope.role || !WRITERS.includes(envelope.role)) {
        throw forbidden('Only people who schedule posts can send a publication again');
      }
      await lockSchedules(manager, [found.post_id]);
      const row = await lockPublication(manager, payload.id);
      if (row.status !== PublicationStatus.Failed) {
        throw conflict(`This publication is ${row.status}: only a failed publication can be sent again`);
      }
      if (!canRetry(row)) {
        throw conflict(
          `This publication failed because ${row.failure_message ?? row.failure_code ?? 'of the network'}; sending it again would fail the same way or could post twice. Change the post and schedule it again instead.`,
        );
      }
      const updated = await markForRetry(manager, row.id);
      await notifyDue(manager);
      return toPublicationView(updated, await listPublicationParts(manager, [row.id]));
    });
  }
}
