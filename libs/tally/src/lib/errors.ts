/**
 * Typed errors of the tally library. Callers (the CLI, the worker job) branch on `code`, never on
 * message text, and the line number travels as data so a UI can point at the offending row.
 */
export type TallyErrorCode =
  | 'bad-ballot'
  | 'bad-number'
  | 'column-count'
  | 'duplicate-project'
  | 'missing-column'
  | 'missing-meta'
  | 'missing-section'
  | 'negative-cost'
  | 'points-limit'
  | 'unknown-project'
  | 'unknown-rule'
  | 'unknown-tie-break'
  | 'unknown-vote-type'
  | 'unsupported-rule';

export class TallyError extends Error {
  override readonly name: string = 'TallyError';

  constructor(
    readonly code: TallyErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A .pb file that breaks the format; `line` is 1-based and is also the message's prefix. */
export class PbFormatError extends TallyError {
  override readonly name = 'PbFormatError';

  constructor(
    code: TallyErrorCode,
    readonly line: number,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(code, `line ${line}: ${detail}`, options);
  }
}
