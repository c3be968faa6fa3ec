import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One post of a review link, and what the link decided for it (once). */
@Entity({ schema: 'content', name: 'review_link_posts' })
export class ReviewLinkPostEntity {
  @PrimaryColumn('uuid')
  linkId!: string;

  @PrimaryColumn('uuid')
  postId!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('text', { nullable: true })
  decision!: 'approve' | 'request_changes' | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;
}
