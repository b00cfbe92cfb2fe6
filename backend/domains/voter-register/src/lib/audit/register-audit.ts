import type { EntityManager } from 'typeorm';

/** What the register records in the audit trail: every import, accepted or refused. */
export interface RegisterAuditEntry {
  outcome: 'success' | 'failure';
  municipalityId: string;
  actorUserId: string | null;
  importId: string;
  details: Record<string, unknown>;
}

/**
 * The audit trail as the register sees it. In the api it is identity's AuditService; the worker and
 * the seed command cannot load identity's module (it brings the api's queue connection), so they get
 * the same insert through `SqlRegisterAudit` until identity exports a queue-free audit module.
 */
export abstract class RegisterAudit {
  abstract record(tx: EntityManager, entry: RegisterAuditEntry): Promise<void>;
}

/** target_type of the register's audit entries. */
export const REGISTER_IMPORT_TARGET = 'register-import';

/**
 * Interim worker/seed adapter: the same row identity's AuditEventRepository writes (`audit_event`,
 * action `register.imported`), in the caller's transaction. Replace with identity's audit module once
 * it exports one that carries no queue connection.
 */
export class SqlRegisterAudit extends RegisterAudit {
  async record(tx: EntityManager, entry: RegisterAuditEntry): Promise<void> {
    await tx.query(
      `INSERT INTO audit_event (municipality_id, actor_user_id, action, outcome, target_type, target_id, details)
       VALUES ($1, $2, 'register.imported', $3, $4, $5, $6::jsonb)`,
      [
        entry.municipalityId,
        entry.actorUserId,
        entry.outcome,
        REGISTER_IMPORT_TARGET,
        entry.importId,
        JSON.stringify(entry.details),
      ],
    );
  }
}
