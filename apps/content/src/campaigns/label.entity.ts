import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'content', name: 'labels' })
export class LabelEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  color!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
