import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A brand a community manager works on. */
@Entity({ schema: 'clients', name: 'brand_assignments' })
export class BrandAssignmentEntity {
  @PrimaryColumn('uuid')
  membershipId!: string;

  @PrimaryColumn('uuid')
  brandId!: string;

  @Column('uuid')
  agencyId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
