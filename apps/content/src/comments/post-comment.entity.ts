import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CommentVisibility } from '@relais/contracts';

/** A comment on a post. Deleting empties the body and keeps the row, so replies keep their thread. */
@Entity({ schema: 'content', name: 'post_comments' })
export class PostCommentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('uuid')
  postId!: string;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @Column('text')
  body!: string;

  @Column('text')
  visibility!: CommentVisibility;

  /** Null for a client writing through a review link. */
  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @Column('text', { nullable: true })
  authorName!: string | null;

  @Column('text', { nullable: true })
  authorRole!: string | null;

  @Column('uuid', { nullable: true })
  reviewLinkId!: string | null;

  @Column('uuid', { array: true })
  mentions!: string[];

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  editedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  deletedAt!: Date | null;
}
