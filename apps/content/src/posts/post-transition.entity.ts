import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PostStatus } from './post.entity';

export type TransitionVia = 'console' | 'review_link' | 'system';

/** One recorded change of a post's status (or an edit that matters to its review). Append-only. */
@Entity({ schema: 'content', name: 'post_transitions' })
export class PostTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('uuid')
  postId!: string;

  /** What happened: `created`, `edited`, `submitted`, `withdrawn`, `approved`, `changes_requested`, ... */
  @Column('text')
  action!: string;

  @Column('text', { nullable: true })
  fromStatus!: PostStatus | null;

  @Column('text')
  toStatus!: PostStatus;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text', { nullable: true })
  actorRole!: string | null;

  @Column('text', { nullable: true })
  actorName!: string | null;

  @Column('text')
  via!: TransitionVia;

  /** The post's version after the transition. */
  @Column('integer')
  version!: number;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('jsonb')
  changes!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
