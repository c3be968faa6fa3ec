import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditEntryView, ClientsSubjects, Envelope, Page } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { RequestEnvelope } from '../request/request.decorators';
import { connectionComplexity } from '../graphql/complexity';
import { Connection } from '../graphql/connection.model';
import { toConnection } from '../graphql/connection';
import { payloadOf } from '../graphql/payload';
import { AuditEntryConnection, AuditEntryModel } from './audit-entry.model';

const DEFAULT_PAGE = 50;

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Query(() => AuditEntryConnection, {
    description: 'What happened in the agency, newest first. Owners and admins only.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  async auditLog(
    @RequestEnvelope() envelope: Envelope,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('action', {
      type: () => String,
      nullable: true,
      description: 'Only this action, such as brand.created.',
    })
    action: string | null,
  ): Promise<Connection<AuditEntryView>> {
    const page = await this.nats.request<Page<AuditEntryView>>(
      ClientsSubjects.audit.list,
      envelope,
      payloadOf({ first, after, action }),
    );
    return toConnection(page);
  }
}
