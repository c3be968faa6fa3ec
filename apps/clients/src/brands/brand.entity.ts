import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BrandGuidelinesView, Locale } from '@relais/contracts';

@Entity({ schema: 'clients', name: 'brands' })
export class BrandEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  timezone!: string;

  @Column('text')
  defaultLanguage!: Locale;

  @Column('text', { array: true })
  targetMarkets!: string[];

  @Column('jsonb')
  guidelines!: BrandGuidelinesView;

  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
