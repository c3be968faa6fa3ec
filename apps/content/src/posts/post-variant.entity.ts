import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Network } from '@relais/contracts';

/** What one network receives. While `customized` is false it mirrors the post's base text, link and media. */
@Entity({ schema: 'content', name: 'post_variants' })
export class PostVariantEntity {
  @PrimaryColumn('uuid')
  postId!: string;

  @PrimaryColumn('text')
  network!: Network;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('boolean')
  customized!: boolean;

  @Column('text')
  text!: string;

  @Column('text', { nullable: true })
  linkUrl!: string | null;

  @Column('uuid', { array: true })
  mediaIds!: string[];

  /** The thread's parts after the text; empty: a single post. */
  @Column('text', { array: true })
  threadParts!: string[];

  @Column('text', { nullable: true })
  firstComment!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
