import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Network } from '@relais/contracts';

/** A connected account of the brand that the post goes out on. */
@Entity({ schema: 'content', name: 'post_targets' })
export class PostTargetEntity {
  @PrimaryColumn('uuid')
  postId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('text')
  network!: Network;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
