import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ApprovalMode, Role } from '@relais/contracts';

export interface StoredPolicyStep {
  role: Role;
}

/** A brand's approval policy. A brand without a row has the policy `none`. */
@Entity({ schema: 'content', name: 'approval_policies' })
export class ApprovalPolicyEntity {
  @PrimaryColumn('uuid')
  agencyId!: string;

  @PrimaryColumn('uuid')
  brandId!: string;

  @Column('text')
  mode!: ApprovalMode;

  @Column('jsonb')
  steps!: StoredPolicyStep[];

  @Column('uuid')
  updatedBy!: string;

  @Column('timestamptz')
  updatedAt!: Date;
}
