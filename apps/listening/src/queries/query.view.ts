import { ListeningItemView, ListeningQueryView } from '@relais/contracts';
import { PreviewItemRow, QueryRow } from './query.repository';

export function toQueryView(row: QueryRow): ListeningQueryView {
  return {
    id: row.id,
    brandId: row.brand_id,
    name: row.name,
    source: row.source,
    enabled: row.enabled,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function toItemView(row: PreviewItemRow): ListeningItemView {
  return {
    id: row.id,
    network: row.network,
    kind: row.kind,
    authorHandle: row.author_handle,
    authorName: row.author_name,
    text: row.text,
    url: row.url,
    language: row.language,
    sentiment: row.sentiment,
    publishedAt: new Date(row.published_at).toISOString(),
  };
}
