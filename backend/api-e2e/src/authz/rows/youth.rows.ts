import { randomUUID } from 'node:crypto';
import { DEMO_BATCH_ID } from '@balss/domains/youth';
import type { AuthzRow, Persona } from '../matrix';
import { EVERYONE, SIGNED_IN } from '../matrix';

/** Both administrators may issue codes in their own municipality and see their own lists. */
const ISSUERS: readonly Persona[] = ['admin', 'other_admin'];
/** An empty body passes authorization and then fails validation (400): proof without side effects. */
const invalid = () => ({ body: {} });
/** A batch that does not exist: re-issue and revoke must not touch the demo batch. */
const nowhere = (action: 'reissue' | 'revoke') => () => ({ path: `/api/youth/code-batches/${randomUUID()}/${action}` });

/**
 * Endpoints of the youth path (issue 3 item 5). Tenancy of batches: the Daugavpils demo batch is a
 * 404 for the other municipality's administrator, exactly like a missing one (youth.e2e-spec.ts
 * proves the same on batches it creates, with every action).
 */
export const rows: AuthzRow[] = [
  { method: 'POST', path: '/api/youth/code-batches', rule: 'youth-codes:issue', allow: ISSUERS, call: invalid },
  { method: 'GET', path: '/api/youth/code-batches', rule: 'youth-codes:issue', allow: ISSUERS },
  {
    method: 'GET',
    path: '/api/youth/code-batches/:batchId',
    rule: 'youth-codes:issue',
    allow: ['admin'],
    expect: { other_admin: 404 },
    call: () => ({ path: `/api/youth/code-batches/${DEMO_BATCH_ID}` }),
  },
  {
    method: 'GET',
    path: '/api/youth/code-batches/:batchId/sheet',
    rule: 'youth-codes:issue',
    allow: ['admin'],
    expect: { other_admin: 404 },
    call: () => ({ path: `/api/youth/code-batches/${DEMO_BATCH_ID}/sheet`, headers: { 'x-sheet-key': 'not-the-key' } }),
  },
  { method: 'POST', path: '/api/youth/code-batches/:batchId/reissue', rule: 'youth-codes:issue', allow: ISSUERS, call: nowhere('reissue') },
  { method: 'POST', path: '/api/youth/code-batches/:batchId/revoke', rule: 'youth-codes:issue', allow: ISSUERS, call: nowhere('revoke') },
  { method: 'POST', path: '/api/youth/redeem', rule: 'public', allow: EVERYONE, call: invalid },
  { method: 'GET', path: '/api/youth/me', rule: 'youth:draft-application', allow: ['youth'] },
  { method: 'PUT', path: '/api/youth/me/responsible-adult', rule: 'youth:draft-application', allow: ['youth'], call: invalid },
  { method: 'POST', path: '/api/youth/adult-invitations/preview', rule: 'public', allow: EVERYONE, call: invalid },
  { method: 'POST', path: '/api/youth/adult-invitations/confirm', rule: 'account:read-own', allow: SIGNED_IN, call: invalid },
  { method: 'POST', path: '/api/youth/adult-invitations/decline', rule: 'public', allow: EVERYONE, call: invalid },
  { method: 'GET', path: '/api/mentor/youths', rule: 'mentor:vouch', allow: ['mentor'] },
];
