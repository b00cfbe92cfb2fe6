import type { Locale } from './locale';

/**
 * Youth accounts without e-ID (issue 3 item 5). Schools and youth centres hand out one-time codes
 * printed by an administrator; a young person (13 to the municipality's upper bound, Youth Law 25 or
 * 30) redeems one to create an account; a 13–17-year-old names a responsible adult (18+), who
 * confirms by e-mail link, and until then may draft but not submit grant applications.
 */

/**
 * The code alphabet: Crockford base 32 (digits and upper-case letters without I, L, O, U), so every
 * symbol carries exactly 5 bits and nothing is easily misread. Input is forgiving: lower case is
 * upper-cased, O reads as 0, I and L read as 1, and hyphens and spaces are ignored.
 */
export const YOUTH_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Symbols per code: 10 × 5 bits = 50 bits of entropy. */
export const YOUTH_CODE_LENGTH = 10;
/** How a code is printed and shown: `ABCD-EFGH-JK`. */
export const YOUTH_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;
/** Most codes one batch may hold (one school's pupils, one youth centre's season). */
export const YOUTH_CODE_BATCH_MAX_SIZE = 300;
/** Hours after creation (or re-issue) during which the printable sheet can still be fetched. */
export const YOUTH_CODE_SHEET_HOURS = 24;
/** Request header carrying the one-time `sheetKey` of a batch to GET its printable sheet. */
export const YOUTH_CODE_SHEET_KEY_HEADER = 'x-sheet-key';

/**
 * Canonical form of what someone typed (`abcd efgh jk`, `ABCDEFGHJK`, `AbCd-EfGh-Jk`) as
 * `ABCD-EFGH-JK`, or null when it cannot be a code (wrong length or a symbol outside the alphabet).
 * The web form and the server use the same function, so the form can say "check the code" early.
 */
export function normaliseYouthCode(input: string): string | null {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== YOUTH_CODE_LENGTH || [...symbols].some((s) => !YOUTH_CODE_ALPHABET.includes(s))) {
    return null;
  }
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** A batch is usable while `active`; `expired` after its last valid day; `revoked` by an administrator. */
export type YouthCodeBatchStatus = 'active' | 'expired' | 'revoked';

/**
 * POST /api/youth/code-batches (permission `youth-codes:issue`). The batch belongs to the caller's
 * municipality (the session's tenant), and the codes create accounts there.
 */
export interface CreateYouthCodeBatchDto {
  /** Who hands the codes out: a school or youth centre, printed on every slip. */
  issuerName: string;
  /** Number of codes, 1 … YOUTH_CODE_BATCH_MAX_SIZE. */
  size: number;
  /** Last day (Europe/Riga, inclusive) on which the codes can be redeemed; `YYYY-MM-DD`, not in the past. */
  expiresOn: string;
  /** Language the printable sheet's headings start with (every slip carries lv, ru and en anyway). */
  locale?: Locale;
}

export interface YouthCodeBatchDto {
  id: string;
  municipality: string;
  issuerName: string;
  size: number;
  redeemedCount: number;
  /** `YYYY-MM-DD`, inclusive. */
  expiresOn: string;
  status: YouthCodeBatchStatus;
  /** ISO 8601 instants. */
  createdAt: string;
  revokedAt: string | null;
  /** Until when GET …/sheet works with the key given at creation or re-issue; null once gone. */
  sheetAvailableUntil: string | null;
}

/**
 * The answer of creating or re-issuing a batch: the only time the plain codes leave the server.
 * They are stored as hashes; the printable sheet is kept encrypted under `sheetKey`, which the
 * server does not keep, for YOUTH_CODE_SHEET_HOURS. Send it as the `x-sheet-key` header of
 * GET `sheetUrl` (never in the URL: URLs end up in logs).
 */
export interface IssuedYouthCodesDto {
  batch: YouthCodeBatchDto;
  /** `ABCD-EFGH-JK`; after a re-issue only the codes that replace unused ones. */
  codes: string[];
  sheetKey: string;
  sheetUrl: string;
}

/** POST /api/youth/redeem (public, rate limited). */
export interface RedeemYouthCodeDto {
  /** As typed; normalised with normaliseYouthCode. */
  code: string;
  /** A nickname. Minors' names are never public, so do not ask for a real name here. */
  displayName: string;
  /** Needed to sign in again and to reset a forgotten password. */
  email: string;
  password: string;
  /** `YYYY-MM-DD`. Decides the age rules; never shown to anyone else. */
  birthDate: string;
  /** Language of the e-mails this account and its responsible adult receive. */
  locale: Locale;
  /** Required when the young person is under 18, refused otherwise. */
  responsibleAdult?: ResponsibleAdultDto;
}

export interface ResponsibleAdultDto {
  /** How the invitation addresses the adult; erased once they answer or the invitation lapses. */
  name: string;
  email: string;
}

/**
 * Stable `details.reason` values of the 4xx answers of the youth endpoints, so the web app can show
 * a message in the reader's language. The HTTP status and `code` follow the error body rules
 * (`details` is `{ reason, …facts }`, plus `field` when the refusal is about one field).
 */
export type YouthErrorReason =
  // redemption: 404 / 409 / 422
  | 'CODE_NOT_FOUND'
  | 'CODE_ALREADY_USED'
  | 'CODE_EXPIRED'
  | 'BATCH_REVOKED'
  // age rules (422)
  | 'BELOW_YOUTH_AGE'
  | 'ABOVE_YOUTH_AGE'
  | 'BIRTH_DATE_IN_FUTURE'
  | 'RESPONSIBLE_ADULT_REQUIRED'
  | 'RESPONSIBLE_ADULT_NOT_ALLOWED'
  | 'RESPONSIBLE_ADULT_IS_SELF'
  // invitations (404 / 409 / 422)
  | 'INVITATION_NOT_FOUND'
  | 'INVITATION_USED'
  | 'INVITATION_EXPIRED'
  | 'ADULT_UNDER_AGE'
  | 'ADULT_IS_THE_YOUTH'
  | 'ADULT_ALREADY_CONFIRMED'
  // applications (422)
  | 'AWAITING_RESPONSIBLE_ADULT'
  // sheets (400 / 422)
  | 'SHEET_KEY_INVALID'
  | 'SHEET_NO_LONGER_AVAILABLE'
  | 'BATCH_NOT_ACTIVE';

export type YouthAdultStatus = 'awaiting-adult' | 'confirmed' | 'adult-not-required';

/** Why a youth may not submit applications right now (empty when `canSubmitApplications`). */
export type YouthSubmitBlock = 'AWAITING_RESPONSIBLE_ADULT' | 'ABOVE_YOUTH_AGE';

/** The state of the latest invitation a youth sent, as the youth sees it. */
export interface YouthInvitationDto {
  /** `withdrawn`: the adult erased their account (or was removed) after confirming. */
  state: 'pending' | 'confirmed' | 'declined' | 'expired' | 'withdrawn';
  /** Shown to the youth while pending so they can spot a typo; null once answered or lapsed. */
  adultName: string | null;
  adultEmail: string | null;
  /** ISO 8601 instants. */
  sentAt: string;
  expiresAt: string;
  answeredAt: string | null;
}

/** GET /api/youth/me (permission `youth:draft-application`). The youth's own view. */
export interface YouthStatusDto {
  userId: string;
  displayName: string;
  municipality: string;
  /** Completed years today; the birth date itself is not echoed. */
  age: number;
  status: YouthAdultStatus;
  canDraftApplications: boolean;
  canSubmitApplications: boolean;
  submitBlockedBy: YouthSubmitBlock[];
  /** The latest invitation, or null when none was ever needed. */
  invitation: YouthInvitationDto | null;
}

/** PUT /api/youth/me/responsible-adult: name (another) adult; the pending invitation is replaced. */
export type NominateResponsibleAdultDto = ResponsibleAdultDto;

/** The answer of a successful redemption: the new account is signed in (session cookie). */
export interface RedeemYouthCodeResponseDto {
  youth: YouthStatusDto;
}

/** The token from the invitation link (`#token=…`), in a request body, never in a URL. */
export interface AdultInvitationTokenDto {
  token: string;
}

/** POST /api/youth/adult-invitations/preview (public): what the adult is asked to vouch for. */
export interface AdultInvitationPreviewDto {
  youthDisplayName: string;
  municipality: string;
  /** How the youth addressed the adult. */
  adultName: string;
  expiresAt: string;
}

/** POST /api/youth/adult-invitations/confirm (signed in): the adult declares their birth date. */
export interface ConfirmAdultInvitationDto extends AdultInvitationTokenDto {
  /** `YYYY-MM-DD`; must be 18+ today. Checked, not stored: only "declared 18+" is kept. */
  birthDate: string;
}

/** One row of GET /api/mentor/youths (permission `mentor:vouch`): only what the adult vouches for. */
export interface MentorYouthDto {
  youthId: string;
  displayName: string;
  municipality: string;
  status: YouthAdultStatus;
  canSubmitApplications: boolean;
  confirmedAt: string;
}

export const YouthRoutes = {
  codeBatches: '/api/youth/code-batches',
  codeBatch: (id: string) => `/api/youth/code-batches/${encodeURIComponent(id)}`,
  codeBatchSheet: (id: string) => `/api/youth/code-batches/${encodeURIComponent(id)}/sheet`,
  reissueCodeBatch: (id: string) => `/api/youth/code-batches/${encodeURIComponent(id)}/reissue`,
  revokeCodeBatch: (id: string) => `/api/youth/code-batches/${encodeURIComponent(id)}/revoke`,
  redeem: '/api/youth/redeem',
  me: '/api/youth/me',
  responsibleAdult: '/api/youth/me/responsible-adult',
  invitationPreview: '/api/youth/adult-invitations/preview',
  invitationConfirm: '/api/youth/adult-invitations/confirm',
  invitationDecline: '/api/youth/adult-invitations/decline',
  mentorYouths: '/api/mentor/youths',
} as const;

/**
 * Pages of the web app the server links to (printed slips, invitation e-mails). The invitation
 * token travels in the fragment (`#token=…`), which browsers never send to a server or a log.
 */
export const YouthWebPaths = {
  redeem: '/youth/redeem',
  adultInvitation: '/youth/responsible-adult',
} as const;

export function adultInvitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}${YouthWebPaths.adultInvitation}#token=${encodeURIComponent(token)}`;
}
