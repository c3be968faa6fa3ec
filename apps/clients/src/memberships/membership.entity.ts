import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '@relais/contracts';

/** A user's role in an agency. Brand roles carry their brand. */
@Entity({ schema: 'clients', name: 'memberships' })
export class MembershipEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  role!: Role;

  @Column('uuid', { nullable: true })
  brandId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
