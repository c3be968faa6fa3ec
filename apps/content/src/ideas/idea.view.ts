import { IdeaStatus, IdeaView } from '@relais/contracts';
import { isoOrNull } from '@relais/server-database';

export interface IdeaRow {
  id: string;
  brand_id: string;
  feed_id: string;
  feed_title: string | null;
  title: string;
  link: string | null;
  summary: string;
  published_at: Date | null;
  status: IdeaStatus;
  post_id: string | null;
  created_at: Date;
}

export function toIdeaView(row: IdeaRow): IdeaView {
  return {
    id: row.id,
    brandId: row.brand_id,
    feedId: row.feed_id,
    feedTitle: row.feed_title,
    title: row.title,
    link: row.link,
    summary: row.summary,
    publishedAt: isoOrNull(row.published_at),
    status: row.status,
    postId: row.post_id,
    createdAt: row.created_at.toISOString(),
  };
}
