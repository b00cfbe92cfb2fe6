import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@balss/domains/identity';

/** What the register records in the audit trail: every import, accepted or refused. */
export interface RegisterAuditEntry {
  outcome: 'success' | 'failure';
  municipalityId: string;
  actorUserId: string | null;
  importId: string;
  details: Record<string, unknown>;
}

/** target_type of the register's audit entries. */
export const REGISTER_IMPORT_TARGET = 'register-import';

/**
 * The audit trail as the register sees it: identity's AuditService, in the caller's transaction.
 * The api, the worker and the seed command all reach it through identity's queue-free AuditModule.
 */
@Injectable()
export class RegisterAudit {
  constructor(private readonly audit: AuditService) {}

  record(tx: EntityManager, entry: RegisterAuditEntry): Promise<void> {
    return this.audit.record(tx, {
      action: 'register.imported',
      outcome: entry.outcome,
      municipalityId: entry.municipalityId,
      actorUserId: entry.actorUserId,
      target: { type: REGISTER_IMPORT_TARGET, id: entry.importId },
      details: entry.details,
    });
  }
}
