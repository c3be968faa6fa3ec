import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ApprovalStepView, RoundOutcome } from '@relais/contracts';
import { PostSnapshot } from './post-snapshot';

/** One submission of a post: the version it is about, the steps it runs with, and how it ended. */
@Entity({ schema: 'content', name: 'review_rounds' })
export class ReviewRoundEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('uuid')
  postId!: string;

  @Column('integer')
  number!: number;

  @Column('integer')
  version!: number;

  @Column('jsonb')
  snapshot!: PostSnapshot;

  @Column('jsonb')
  steps!: ApprovalStepView[];

  /** The step waiting for a decision; null once closed. */
  @Column('integer', { nullable: true })
  currentPosition!: number | null;

  @Column('uuid')
  submittedBy!: string;

  @Column('text', { nullable: true })
  submittedByName!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('timestamptz')
  submittedAt!: Date;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('text', { nullable: true })
  outcome!: RoundOutcome | null;
}
