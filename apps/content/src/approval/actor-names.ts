import { Injectable } from '@nestjs/common';
import { ClientsSubjects, MeView } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { Actor } from '@relais/server-database';

/**
 * The acting person's name, asked of the clients service with their own envelope (any role may read
 * their own profile). Kept beside what they did (a decision, a comment, a round, a transition), so that
 * history reads the same for everyone, brand users included, and after the person has left.
 */
@Injectable()
export class ActorNames {
  constructor(private readonly nats: NatsRequester) {}

  async of(actor: Actor): Promise<string> {
    const me = await this.nats.request<MeView>(ClientsSubjects.user.me, actor.envelope, {});
    return me.user.name;
  }
}
