import { Injectable } from '@nestjs/common';
import {
  CreateDraftFromIdeaPayload,
  IdeaIdPayload,
  IdeaStatus,
  IdeaView,
  ListIdeasPayload,
  Page,
  PostView,
} from '@relais/contracts';
import { NetworkName } from '@relais/network-rules';
import { conflict } from '@relais/server-errors';
import { Actor, pageOf, pageSize, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { decodeInstantCursor, encodeInstantCursor } from '../notifications/keyset-cursor';
import { PostReadingService } from '../posts/post-reading.service';
import { PostsService } from '../posts/posts.service';
import { ideaDraftText } from './idea-draft';
import { IdeaRow, toIdeaView } from './idea.view';
import { countIdeas, dismissIdea, findIdea, listIdeas, markIdeaDrafted } from './idea.repository';

/** A brand's ideas from its feeds: listed newest first, dismissed, or made into a draft post. */
@Injectable()
export class IdeasService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly posts: PostsService,
    private readonly postQueries: PostReadingService,
  ) {}

  async list(actor: Actor, payload: ListIdeasPayload): Promise<Page<IdeaView>> {
    authorize(actor, ContentPermission.Read);
    await this.brands.brand(actor, payload.brandId);
    const first = pageSize(payload);
    const after = decodeInstantCursor(payload.after);
    const status = payload.status ?? null;
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await listIdeas(manager, actor.agencyId, payload.brandId, status, after, first + 1);
      const count = await countIdeas(manager, actor.agencyId, payload.brandId, status);
      const page = pageOf(rows, first, (row) => encodeInstantCursor(row.cursor_at, row.id), count);
      return { ...page, items: page.items.map(toIdeaView) };
    });
  }

  /** Sets a new idea aside. A drafted idea stays drafted (CONFLICT); dismissing twice changes nothing. */
  async dismiss(actor: Actor, payload: IdeaIdPayload): Promise<IdeaView> {
    await this.visible(actor, payload.id);
    authorize(actor, ContentPermission.Write);
    return this.transactions.run(actor.scope, async (manager) => {
      const idea = await findIdea(manager, actor.agencyId, payload.id, true);
      if (idea.status === IdeaStatus.Drafted && idea.post_id) {
        throw conflict('A draft was already made from this idea');
      }
      await dismissIdea(manager, actor.agencyId, idea.id);
      return toIdeaView(await findIdea(manager, actor.agencyId, idea.id));
    });
  }

  /**
   * Makes a draft post of the idea (title; base text = title and link) on the chosen accounts, through
   * the posts domain with every check it makes, and marks the idea drafted. The post is created with an
   * idempotency key derived from the idea, so a repeated or concurrent click gives the same draft (and
   * a draft deleted since frees the idea for a new one).
   */
  async createDraft(actor: Actor, payload: CreateDraftFromIdeaPayload): Promise<PostView> {
    const idea = await this.visible(actor, payload.ideaId);
    authorize(actor, ContentPermission.Write);
    if (idea.status === IdeaStatus.Drafted && idea.post_id) {
      return this.postQueries.get(actor, { id: idea.post_id });
    }
    const accounts = await this.brands.accounts(actor, idea.brand_id);
    const networks = [
      ...new Set(
        accounts
          .filter((account) => payload.accountIds.includes(account.id))
          .map((account) => account.network as NetworkName),
      ),
    ];
    const draft = ideaDraftText(idea, networks);
    const post = await this.posts.create(actor, {
      brandId: idea.brand_id,
      title: draft.title,
      baseText: draft.baseText,
      linkUrl: draft.linkUrl,
      accountIds: payload.accountIds,
      idempotencyKey: `idea:${idea.id}`,
    });
    await this.transactions.run(actor.scope, (manager) =>
      markIdeaDrafted(manager, actor.agencyId, idea.id, post.id),
    );
    return post;
  }

  private visible(actor: Actor, id: string): Promise<IdeaRow> {
    return this.transactions.run(actor.scope, (manager) => findIdea(manager, actor.agencyId, id));
  }
}
