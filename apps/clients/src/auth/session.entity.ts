import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One refresh token. Rotation adds a row to the same family; reuse of a rotated one revokes the family. */
@Entity({ schema: 'clients', name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  familyId!: string;

  @Column('uuid')
  userId!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('bytea')
  secretHash!: Buffer;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  rotatedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('inet', { nullable: true })
  ip!: string | null;

  @Column('text', { nullable: true })
  userAgent!: string | null;
}
