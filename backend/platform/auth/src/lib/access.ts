import type { Permission } from '@balss/contracts';
import { ForbiddenError, NotFoundError } from '@balss/util-errors';
import type { Actor } from './actor';

/** Thrown when the caller's roles in their municipality do not grant the permission. */
export class PermissionDeniedError extends ForbiddenError {
  constructor(permission: Permission) {
    super(`You do not have the permission "${permission}" in this municipality.`, { details: { permission } });
  }
}

/**
 * The first line of every service method (practice 6). The guard has checked the endpoint's
 * permission already; checking again here keeps the rule true for calls that do not come through
 * a controller (jobs, other services).
 */
export function assertPermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) {
    throw new PermissionDeniedError(permission);
  }
}

/**
 * Tenancy: a row of another municipality does not exist for this caller. The answer is the same
 * NotFoundError a missing row gets, so a probe cannot tell "not yours" from "not there".
 */
export function assertSameMunicipality(actor: Actor, rowMunicipalityId: string, what = 'resource'): void {
  if (rowMunicipalityId !== actor.municipalityId) {
    throw new NotFoundError(`There is no such ${what}.`);
  }
}

/** Actions that must be done by the person at a browser, not by an API client holding a token. */
export function assertBrowserSession(actor: Actor): asserts actor is Actor & { via: { kind: 'session' } } {
  if (actor.via.kind !== 'session') {
    throw new ForbiddenError('This action needs a signed-in browser session; access tokens cannot do it.');
  }
}
