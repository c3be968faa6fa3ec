import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Locale } from '@relais/contracts';

@Entity({ schema: 'clients', name: 'agencies' })
export class AgencyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  defaultLocale!: Locale;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
