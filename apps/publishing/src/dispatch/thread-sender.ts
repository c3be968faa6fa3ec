import { Network } from '@relais/contracts';
import { PublishOutcome } from '../networks/network-adapter';
import { firstCommentFailure } from '../networks/publish-outcomes';
import { PublicationRow } from '../publications/publication';
import { PartRef, PublicationPartsService } from '../publications/publication-parts.service';
import { ReplyStep } from './outcome-mapping';

/** How the sender sends one step: the post itself, or a reply (each read back and resent as a post is). */
export interface ThreadSteps {
  post(): Promise<PublishOutcome>;
  reply(step: ReplyStep): Promise<PublishOutcome>;
}

/** For a person reading a first comment's failure. */
const NETWORK_NAMES: Partial<Record<Network, string>> = {
  [Network.X]: 'X',
  [Network.Bluesky]: 'Bluesky',
  [Network.Mastodon]: 'Mastodon',
};

const refOf = (outcome: Extract<PublishOutcome, { kind: 'published' }>): PartRef => ({
  externalId: outcome.externalId,
  url: outcome.url,
  ...(outcome.cid ? { cid: outcome.cid } : {}),
});

/** A part's outcome as the publication's: which part stopped the thread, and how many went out. */
function stoppedAt(outcome: PublishOutcome, index: number, total: number): PublishOutcome {
  if (outcome.kind === 'published') return outcome;
  const where = `Part ${index + 1} of ${total}`;
  const posted = index === 1 ? 'the first is posted' : `the first ${index} are posted`;
  return {
    ...outcome,
    message: `${where}: ${outcome.message} (${posted}; a retry resumes at part ${index + 1}.)`,
  };
}

/**
 * A thread, part by part: the post (part 0, with its media and card), then each further part as a
 * reply to the one before, then the first comment under the post. Each part is recorded the moment
 * the network answers with its id, and a part already recorded is never sent again: a retry resumes
 * at the first part not posted. The publication is published once its last part is.
 */
export class ThreadSender {
  constructor(private readonly parts: PublicationPartsService) {}

  async send(row: PublicationRow, steps: ThreadSteps): Promise<PublishOutcome> {
    const total = row.thread_parts.length + 1;
    const recorded = await this.parts.recorded(row);
    let head = recorded.get(0);
    let last: PublishOutcome | null = null;
    if (!head) {
      const post = await steps.post();
      if (post.kind !== 'published') return post;
      head = refOf(post);
      last = post;
      await this.parts.record(row, 0, head);
    }
    let previous = head;
    for (let index = 1; index < total; index += 1) {
      const known = recorded.get(index);
      if (known) {
        previous = known;
        continue;
      }
      const text = row.thread_parts[index - 1] ?? '';
      const outcome = await steps.reply({ part: index, text, replyTo: { parent: previous, root: head } });
      if (outcome.kind !== 'published') return stoppedAt(outcome, index, total);
      previous = refOf(outcome);
      last = outcome;
      await this.parts.record(row, index, previous);
    }
    const published: PublishOutcome = {
      kind: 'published',
      externalId: head.externalId,
      url: head.url,
      ...(last?.kind === 'published' && last.rateLimit ? { rateLimit: last.rateLimit } : {}),
    };
    if (!row.first_comment) return published;
    const comment = await steps.reply({
      part: 'comment',
      text: row.first_comment,
      replyTo: { parent: head, root: head },
    });
    const failure = firstCommentFailure(NETWORK_NAMES[row.network] ?? row.network, comment);
    return failure ? { ...published, firstCommentFailure: failure } : published;
  }
}
