import type { FieldTree, ValidationError } from '@angular/forms/signals';
import { ApiProblem, GENERIC_PROBLEM_KEYS } from './api-problem';

/**
 * A form error whose `message` is a translation key (with optional parameters), never a sentence:
 * forms, validators and server refusals all speak keys, so every error is shown in the reader's
 * language and the error summary and the field show the same words.
 */
export interface KeyedError extends ValidationError.WithOptionalFieldTree {
  readonly message: string;
  readonly params?: Record<string, unknown>;
}

export interface ServerFieldTexts {
  /** The form field the server's field name belongs to. */
  tree: FieldTree<unknown>;
  /** `reason` (or, without one, the error `code`) → key. */
  byReason?: Record<string, string>;
  /** Any other refusal of this field. */
  fallback: string;
}

/** A refusal by `details.reason` that is about one field of the form (an expired code, an age). */
export interface ReasonTexts {
  message: string;
  /** The field to show it at; the form itself when absent. */
  tree?: FieldTree<unknown>;
  /** Parameters of the text from the body's `details` (`{ maxAge }`). */
  params?: (details: Record<string, unknown>) => Record<string, unknown>;
}

export interface ProblemTexts {
  /** Server field name (`email`, `responsibleAdult.email`) → where and how to show it. */
  fields?: Record<string, ServerFieldTexts>;
  /** Texts by `details.reason`: a key (form-level), or where and how to show it. */
  reasons?: Record<string, string | ReasonTexts>;
  /** Form-level texts by error code, before the generic ones. */
  codes?: Partial<Record<ApiProblem['code'], string>>;
}

/**
 * Turns a refused request into errors for signal forms' `submit()`: per field where the server named
 * one the form has, else one form-level error. The English `message` of the body is never used.
 */
export function problemErrors(problem: ApiProblem, texts: ProblemTexts = {}): KeyedError[] {
  const fieldErrors = problem.fields.flatMap((fieldProblem): KeyedError[] => {
    const target = texts.fields?.[fieldProblem.field];
    if (!target) {
      return [];
    }
    const key = target.byReason?.[fieldProblem.reason ?? problem.code] ?? target.fallback;
    return [{ fieldTree: target.tree, kind: 'server', message: key }];
  });
  if (fieldErrors.length > 0) {
    return fieldErrors;
  }
  const byReason = problem.reason ? texts.reasons?.[problem.reason] : undefined;
  if (byReason && typeof byReason !== 'string') {
    const details = isRecord(problem.details) ? problem.details : {};
    return [
      {
        kind: 'server',
        message: byReason.message,
        ...(byReason.tree ? { fieldTree: byReason.tree } : {}),
        ...(byReason.params ? { params: byReason.params(details) } : {}),
      },
    ];
  }
  return [{ kind: 'server', ...problemText(problem, texts) }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The form-level text of a problem: reason, then code, then the generic text for the code. */
export function problemText(
  problem: ApiProblem,
  texts: Pick<ProblemTexts, 'codes' | 'reasons'> = {},
): { message: string; params?: Record<string, unknown> } {
  const reasonText = problem.reason ? texts.reasons?.[problem.reason] : undefined;
  const byReason = typeof reasonText === 'string' ? reasonText : reasonText?.message;
  const message = byReason ?? texts.codes?.[problem.code] ?? GENERIC_PROBLEM_KEYS[problem.code];
  if (problem.code === 'RATE_LIMITED' && !byReason) {
    return {
      message: problem.retryAfterSeconds ? 'problem.rateLimitedFor' : message,
      params: { minutes: Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60)) },
    };
  }
  return { message };
}
