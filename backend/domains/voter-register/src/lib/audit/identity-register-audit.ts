import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@balss/domains/identity';
import { REGISTER_IMPORT_TARGET, RegisterAudit, type RegisterAuditEntry } from './register-audit';

/** The api's adapter: identity's AuditService, in the caller's transaction. */
@Injectable()
export class IdentityRegisterAudit extends RegisterAudit {
  constructor(private readonly audit: AuditService) {
    super();
  }

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
