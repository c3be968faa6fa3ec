import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Locale } from '@relais/contracts';

/** A person, across agencies. Reached only through the auth code and the agency's member lists. */
@Entity({ schema: 'clients', name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column('text')
  passwordHash!: string;

  @Column('text')
  locale!: Locale;

  @Column('uuid', { nullable: true })
  lastAgencyId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
