import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PostStatus, RecurrenceView } from '@relais/contracts';

export type { PostStatus };

@Entity({ schema: 'content', name: 'posts' })
export class PostEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('uuid')
  authorId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  baseText!: string;

  @Column('text', { nullable: true })
  linkUrl!: string | null;

  @Column('uuid', { array: true })
  mediaIds!: string[];

  /** The thread's parts after the text; empty: a single post. */
  @Column('text', { array: true })
  threadParts!: string[];

  @Column('uuid', { nullable: true })
  campaignId!: string | null;

  @Column('text')
  status!: PostStatus;

  @Column('timestamptz', { nullable: true })
  scheduledAt!: Date | null;

  /** How the post repeats from `scheduledAt` (brand timezone); null: it goes out once. */
  @Column('jsonb', { nullable: true })
  recurrence!: RecurrenceView | null;

  @Column('text', { nullable: true })
  archivedFrom!: PostStatus | null;

  @Column('integer')
  version!: number;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
