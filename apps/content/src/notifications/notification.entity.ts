import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NotificationKind } from '@relais/contracts';

/** One thing one user is told about (written by the event consumer, read and marked by the recipient). */
@Entity({ schema: 'content', name: 'notifications' })
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('uuid')
  recipientId!: string;

  @Column('uuid')
  eventId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('uuid')
  postId!: string;

  @Column('text')
  brandName!: string;

  @Column('text')
  postTitle!: string;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text', { nullable: true })
  actorName!: string | null;

  @Column('text', { nullable: true })
  excerpt!: string | null;

  @Column('jsonb', { nullable: true })
  summary!: unknown;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  emailedAt!: Date | null;
}
