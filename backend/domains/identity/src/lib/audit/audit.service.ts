import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditEventDto, AuditOutcome, ListAuditQueryDto, Page } from '@balss/contracts';
import { type Actor, assertPermission } from '@balss/platform/auth';
import type { AuditEventEntity } from '../entities/audit-event.entity';
import { AuditEventRepository } from '../persistence/audit-event.repository';
import type { Tx } from '../persistence/transactions';
import { pageOf, toPage } from '../util/paging';

/** One audit entry. Put only non-personal facts in `details` (ids, role names, reasons). */
export interface AuditEntry {
  action: AuditAction;
  outcome?: AuditOutcome;
  municipalityId: string | null;
  actorUserId: string | null;
  target?: { type: string; id: string };
  /** Already truncated (see `ipPrefix`); never a full address. */
  ipPrefix?: string | null;
  details?: Record<string, unknown>;
}

/**
 * The audit trail. `record` takes the caller's transaction: the entry commits or rolls back with
 * the change it describes (practice 16), so the trail never claims a change that did not happen
 * nor misses one that did. Other domains (register import, youth codes) call it the same way with
 * their own EntityManager.
 */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  async record(tx: Tx, entry: AuditEntry): Promise<void> {
    await this.events.insert(tx, {
      action: entry.action,
      outcome: entry.outcome ?? 'success',
      municipalityId: entry.municipalityId,
      actorUserId: entry.actorUserId,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      ipPrefix: entry.ipPrefix ?? null,
      details: entry.details ?? null,
    });
  }

  /** The caller's municipality's trail, newest first. */
  list(actor: Actor, query: ListAuditQueryDto): Promise<Page<AuditEventDto>> {
    assertPermission(actor, 'audit:read');
    return this.page(actor.municipalityId, query);
  }

  /**
   * The events that belong to no municipality, newest first: failed sign-ins for addresses nobody
   * registered, so a credential-stuffing run is visible to someone.
   */
  listPlatform(actor: Actor, query: ListAuditQueryDto): Promise<Page<AuditEventDto>> {
    assertPermission(actor, 'audit:read-platform');
    return this.page(null, query);
  }

  private async page(municipalityId: string | null, query: ListAuditQueryDto): Promise<Page<AuditEventDto>> {
    const paging = pageOf(query);
    const { events, total } = await this.events.list({
      municipalityId,
      action: query.action,
      actorUserId: query.actorUserId,
      targetId: query.targetId,
      ...paging,
    });
    return toPage(events.map(toAuditEventDto), total, paging);
  }
}

export function toAuditEventDto(event: AuditEventEntity): AuditEventDto {
  return {
    id: event.id,
    at: event.at.toISOString(),
    action: event.action,
    outcome: event.outcome,
    actorUserId: event.actorUserId,
    targetType: event.targetType,
    targetId: event.targetId,
    ipPrefix: event.ipPrefix,
    details: event.details,
  };
}
