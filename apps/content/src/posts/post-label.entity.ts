import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'content', name: 'post_labels' })
export class PostLabelEntity {
  @PrimaryColumn('uuid')
  postId!: string;

  @PrimaryColumn('uuid')
  labelId!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;
}
