import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { AuditAction } from '@balss/contracts';
import { AuditEventEntity } from '../entities/audit-event.entity';
import type { Tx } from './transactions';

export type NewAuditEvent = Pick<
  AuditEventEntity,
  'municipalityId' | 'actorUserId' | 'action' | 'outcome' | 'targetType' | 'targetId' | 'ipPrefix' | 'details'
>;

export interface AuditFilter {
  /** null: the events of no municipality (the platform's trail). */
  municipalityId: string | null;
  action?: AuditAction;
  actorUserId?: string;
  targetId?: string;
  offset: number;
  limit: number;
}

/** The only place that queries `audit_event`. Rows are only ever inserted. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, event: NewAuditEvent): Promise<void> {
    const events = tx.getRepository(AuditEventEntity);
    await events.save(events.create(event));
  }

  async list(filter: AuditFilter): Promise<{ events: AuditEventEntity[]; total: number }> {
    const where = {
      municipalityId: filter.municipalityId ?? IsNull(),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
      ...(filter.targetId ? { targetId: filter.targetId } : {}),
    };
    const [events, total] = await this.dataSource.getRepository(AuditEventEntity).findAndCount({
      where,
      order: { at: 'DESC', id: 'ASC' },
      skip: filter.offset,
      take: filter.limit,
    });
    return { events, total };
  }

  /** Events a person did or that were done to them (for their data export). */
  about(userId: string, tx: Tx = this.dataSource.manager): Promise<AuditEventEntity[]> {
    return tx.getRepository(AuditEventEntity).find({
      where: [{ actorUserId: userId }, { targetType: 'user', targetId: userId }],
      order: { at: 'DESC', id: 'ASC' },
      take: 1000,
    });
  }
}
