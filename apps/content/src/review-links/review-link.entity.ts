import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Locale } from '@relais/contracts';

/** A client review link. Only the SHA-256 of its token is kept. */
@Entity({ schema: 'content', name: 'review_links' })
export class ReviewLinkEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('bytea')
  tokenHash!: Buffer;

  @Column('uuid', { array: true })
  postIds!: string[];

  @Column('text')
  recipientName!: string;

  @Column('text', { nullable: true })
  recipientEmail!: string | null;

  @Column('text')
  brandName!: string;

  @Column('text')
  brandLanguage!: Locale;

  @Column('text')
  brandTimezone!: string;

  @Column('uuid')
  createdBy!: string;

  @Column('text', { nullable: true })
  createdByName!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
