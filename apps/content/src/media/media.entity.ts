import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MediaKind, MediaStatus } from '@relais/contracts';

export { MediaKind, MediaStatus };

/** A file of the brand's media library. `pending` until its upload is checked; then its facts are known. */
@Entity({ schema: 'content', name: 'media' })
export class MediaEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('uuid')
  uploadedBy!: string;

  @Column('text')
  status!: MediaStatus;

  @Column('text')
  fileName!: string;

  @Column('text')
  contentType!: string;

  @Column('text', { nullable: true })
  kind!: MediaKind | null;

  @Column('bigint', {
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  sizeBytes!: number | null;

  @Column('integer', { nullable: true })
  width!: number | null;

  @Column('integer', { nullable: true })
  height!: number | null;

  @Column('integer', { nullable: true })
  durationMs!: number | null;

  @Column('text', { nullable: true })
  sha256!: string | null;

  @Column('text')
  altText!: string;

  @Column('text')
  storageKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readyAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  deletedAt!: Date | null;
}
