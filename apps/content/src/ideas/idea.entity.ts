import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IdeaStatus } from '@relais/contracts';

/** One feed item, kept once per feed, that can become a draft post. */
@Entity({ schema: 'content', name: 'ideas' })
export class IdeaEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('uuid')
  feedId!: string;

  @Column('text')
  itemKey!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  link!: string | null;

  @Column('text')
  summary!: string;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('text')
  status!: IdeaStatus;

  @Column('uuid', { nullable: true })
  postId!: string | null;

  @Column('timestamptz')
  sortAt!: Date;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}
