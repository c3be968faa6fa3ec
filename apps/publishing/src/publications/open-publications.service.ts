import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PublishFailureCode } from '@relais/contracts';
import { EntityManager } from 'typeorm';
import { lockSchedules } from '../schedules/schedule.repository';
import { PublicationRow } from './publication';
import {
  cancelOpenPublications,
  failOpenPublications,
  lockOpenPublications,
  OpenScope,
  openPostIds,
} from './publication.repository';
import { Settlement } from './settlement.service';

/**
 * Publications not yet sent (pending, or claimed by a dispatcher that has not sent them: a claimed
 * row is only sent if it is still claimed, so this wins) of an account, a brand or a post, cancelled
 * or failed in the caller's tenant transaction. Schedules are locked first, then the publications in
 * the order of their ids, as everywhere.
 */
@Injectable()
export class OpenPublicationsService {
  constructor(private readonly settlement: Settlement) {}

  /** Cancels what was not sent yet; returns how many. */
  async cancel(manager: EntityManager, scope: OpenScope): Promise<number> {
    await lockSchedules(manager, await openPostIds(manager, scope));
    await lockOpenPublications(manager, scope);
    return cancelOpenPublications(manager, scope);
  }

  /** Fails what was not sent yet, visibly (tally, outbox events, next occurrence); returns the rows. */
  async fail(
    manager: EntityManager,
    scope: OpenScope,
    failure: { code: PublishFailureCode; message: string },
  ): Promise<PublicationRow[]> {
    const schedules = await lockSchedules(manager, await openPostIds(manager, scope));
    await lockOpenPublications(manager, scope);
    const rows = await failOpenPublications(manager, scope, failure);
    await this.settlement.settle(manager, rows, schedules, randomUUID());
    return rows;
  }
}
