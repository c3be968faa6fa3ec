import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One weekly posting slot of a brand: a local weekday and time in the brand's timezone. */
@Entity({ schema: 'content', name: 'posting_slots' })
export class PostingSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  /** ISO weekday, 1 = Monday. */
  @Column('smallint')
  weekday!: number;

  /** HH:mm. */
  @Column('text')
  localTime!: string;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
