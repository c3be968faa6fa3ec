import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The app Relais registered on a Mastodon instance (`POST /api/v1/apps`), reused for every connection there. */
@Entity({ schema: 'clients', name: 'mastodon_apps' })
export class MastodonAppEntity {
  /** The instance URL, lower-cased, without trailing slash. */
  @PrimaryColumn('text')
  instanceUrl!: string;

  @Column('text')
  clientId!: string;

  /** Sealed with the credentials cipher, bound to the instance URL. */
  @Column('text')
  clientSecretSealed!: string;

  @Column('text', { array: true })
  redirectUris!: string[];

  @Column('text')
  scopes!: string;

  @Column('timestamptz')
  createdAt!: Date;
}
