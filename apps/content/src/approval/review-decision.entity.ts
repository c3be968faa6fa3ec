import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ReviewDecisionKind, Role } from '@relais/contracts';

/** A decision taken at one step of a round. Append-only. */
@Entity({ schema: 'content', name: 'review_decisions' })
export class ReviewDecisionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('uuid')
  roundId!: string;

  @Column('uuid')
  postId!: string;

  @Column('integer')
  position!: number;

  @Column('text', { nullable: true })
  role!: Role | null;

  @Column('text')
  decision!: ReviewDecisionKind;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @Column('text', { nullable: true })
  decidedByName!: string | null;

  @Column('text')
  via!: 'console' | 'review_link';

  @Column('uuid', { nullable: true })
  reviewLinkId!: string | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('timestamptz')
  decidedAt!: Date;
}
