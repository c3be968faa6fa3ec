import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An RSS or Atom feed a brand follows. */
@Entity({ schema: 'content', name: 'feeds' })
export class FeedEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('text')
  url!: string;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  lastFetchedAt!: Date | null;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  lastErrorAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  fetchingUntil!: Date | null;
}
