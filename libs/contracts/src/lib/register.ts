import { API_PREFIX } from './routes';

/**
 * The voter register: administrators import a CSV of (personal code, birth date, declared
 * neighbourhood, declared from, declared to) for their municipality, and a signed-in resident asks
 * whether they may vote. Personal codes are stored only as a keyed hash (HMAC-SHA-256).
 */
const api = `/${API_PREFIX}`;

export const RegisterRoutes = {
  /**
   * POST: the CSV itself as the request body (`Content-Type: text/csv`, UTF-8, `;` or `,`), optional
   * `?fileName=`. 202 with a RegisterImportDto once the whole file is valid; 422 (RULE_VIOLATED) listing every bad line.
   * GET: the municipality's imports, newest first.
   */
  imports: `${api}/register/imports`,
  /** GET: one import with its progress. */
  import: (importId: string) => `${api}/register/imports/${encodeURIComponent(importId)}`,
  /** GET `?date=YYYY-MM-DD` (default: today in Europe/Riga). */
  myEligibility: `${api}/me/eligibility`,
} as const;

/** The CSV's header names (any order, case-insensitive); `birth_date` and `declared_to` may be empty. */
export const REGISTER_CSV_HEADER = [
  'personal_code',
  'birth_date',
  'neighbourhood',
  'declared_from',
  'declared_to',
] as const;

/** Largest CSV the api accepts (413 above): about 1.2 million rows of a typical export. */
export const REGISTER_IMPORT_MAX_BYTES = 64 * 1024 * 1024;

export type RegisterImportStatus = 'queued' | 'importing' | 'completed' | 'failed';

/** One refused line of the file (`details.errors` of the 422 body, `errors` of a failed import). */
export interface RegisterImportErrorDto {
  /** 1-based line of the file (a quoted field may span lines; this is where the record starts). */
  line: number;
  /** The CSV column, when the error is about one. */
  column?: string;
  /** Reason code from `@balss/eligibility` (MALFORMED_PERSONAL_CODE, IMPOSSIBLE_DATE, DUPLICATE_PERSONAL_CODE, …). */
  code: string;
  /** For DUPLICATE_PERSONAL_CODE: the other lines with the same code. */
  otherLines?: number[];
}

/** `details` of the 422 answer to an invalid file. At most `errors.length` of `errorCount` are listed. */
export interface RegisterImportRejectionDetails {
  importId: string;
  errorCount: number;
  errors: RegisterImportErrorDto[];
}

export interface RegisterImportProgressDto {
  phase: 'queued' | 'validating' | 'writing' | 'done';
  /** Rows written so far in this attempt. */
  processedRows: number;
  totalRows: number;
  /** 0–100. */
  percent: number;
}

export interface RegisterImportDto {
  id: string;
  status: RegisterImportStatus;
  fileName: string | null;
  byteSize: number;
  /** Data rows of the file (header and blank lines not counted); null until validated. */
  rowCount: number | null;
  /** Rows of the municipality's register the import replaced. */
  replacedRows: number | null;
  progress: RegisterImportProgressDto;
  errorCount: number;
  /** The first refused lines (empty unless failed). */
  errors: RegisterImportErrorDto[];
  /** Why a failed import failed when it is not about lines (the worker gave up, …). */
  failureReason: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/**
 * Why a resident may not vote on the date: the reasons of `mayVote` in `@balss/eligibility`, plus
 * `NO_EID_LINK` (the account never signed in with e-ID, so it has no personal code to look up).
 */
export const VOTER_INELIGIBILITY_REASONS = [
  'NO_EID_LINK',
  'NOT_NATURAL_PERSON',
  'NO_BIRTH_DATE',
  'UNDER_MINIMUM_AGE',
  'NOT_DECLARED_IN_MUNICIPALITY',
  'RESIDENCE_NOT_STARTED',
  'RESIDENCE_ENDED',
] as const;
export type VoterIneligibilityReason = (typeof VOTER_INELIGIBILITY_REASONS)[number];

/** GET /api/me/eligibility: "you may vote", or every reason why not, for one reference date. */
export type VoterEligibilityDto =
  | { eligible: true; date: string; municipality: { id: string; slug: string } }
  | { eligible: false; reasons: VoterIneligibilityReason[]; date: string; municipality: { id: string; slug: string } };
