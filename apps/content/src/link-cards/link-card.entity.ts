import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The card a link makes for one brand, as last read from the page. */
@Entity({ schema: 'content', name: 'link_cards' })
export class LinkCardEntity {
  @PrimaryColumn('uuid')
  agencyId!: string;

  @PrimaryColumn('uuid')
  brandId!: string;

  @PrimaryColumn('text')
  url!: string;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('text', { nullable: true })
  siteName!: string | null;

  @Column('text', { nullable: true })
  imageUrl!: string | null;

  @Column('uuid', { nullable: true })
  thumbnailMediaId!: string | null;

  @Column('timestamptz')
  fetchedAt!: Date;
}
