import { EntityManager } from 'typeorm';
import { MastodonAppEntity } from './mastodon-app.entity';

export function findMastodonApp(
  manager: EntityManager,
  instanceUrl: string,
): Promise<MastodonAppEntity | null> {
  return manager.findOneBy(MastodonAppEntity, { instanceUrl });
}

/** Keeps the first registration of an instance when two raced; the answer is the app kept. */
export async function saveMastodonApp(
  manager: EntityManager,
  app: MastodonAppEntity,
): Promise<MastodonAppEntity> {
  await manager.query(
    `INSERT INTO clients.mastodon_apps (instance_url, client_id, client_secret_sealed, redirect_uris, scopes, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (instance_url) DO UPDATE
       SET client_id = EXCLUDED.client_id, client_secret_sealed = EXCLUDED.client_secret_sealed,
           redirect_uris = EXCLUDED.redirect_uris, scopes = EXCLUDED.scopes, created_at = EXCLUDED.created_at
       WHERE mastodon_apps.redirect_uris IS DISTINCT FROM EXCLUDED.redirect_uris
          OR mastodon_apps.scopes IS DISTINCT FROM EXCLUDED.scopes`,
    [app.instanceUrl, app.clientId, app.clientSecretSealed, app.redirectUris, app.scopes, app.createdAt],
  );
  return manager.findOneByOrFail(MastodonAppEntity, { instanceUrl: app.instanceUrl });
}
