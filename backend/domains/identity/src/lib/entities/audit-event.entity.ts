import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction, AuditOutcome } from '@balss/contracts';
import { MunicipalityEntity } from '@balss/domains/municipality';
import { UserEntity } from './user.entity';

/**
 * The audit trail: who did what, where, with which outcome. Rows are written in the same
 * transaction as the change they describe (practice 16) and never updated. They hold no personal
 * data beyond user ids (which survive erasure as anonymous tombstones) and a truncated IP.
 */
@Entity({ name: 'audit_event' })
@Check('audit_event_outcome_check', `"outcome" IN ('success', 'failure')`)
@Index('audit_event_municipality_id_at_idx', ['municipalityId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_event_pkey' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Null for platform-level events and for failed sign-ins of unknown addresses. */
  @ForeignKey(() => MunicipalityEntity, { name: 'audit_event_municipality_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @Index('audit_event_actor_user_id_idx')
  @ForeignKey(() => UserEntity, { name: 'audit_event_actor_user_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 16 })
  outcome!: AuditOutcome;

  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Index('audit_event_target_id_idx')
  @Column({ name: 'target_id', type: 'varchar', length: 64, nullable: true })
  targetId!: string | null;

  @Column({ name: 'ip_prefix', type: 'varchar', length: 64, nullable: true })
  ipPrefix!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;
}
