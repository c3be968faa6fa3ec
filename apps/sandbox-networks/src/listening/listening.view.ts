import { ListeningItem } from './listening-item';

/** A listened item as the control API shows it. */
export function listeningItemView(item: ListeningItem) {
  return {
    seq: item.seq,
    network: item.network,
    kind: item.kind,
    id: item.id,
    accountId: item.accountId,
    author: item.author,
    text: item.text,
    lang: item.lang,
    createdAt: new Date(item.createdAt).toISOString(),
    parentId: item.parentId,
    rootId: item.rootId,
    hidden: item.hidden,
    deleted: item.deleted,
    likeCount: item.likeCount,
    topic: item.topic,
    sentiment: item.sentiment,
    details: item.extra,
  };
}
