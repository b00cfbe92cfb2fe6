/**
 * The answer of every predicate in this lib: eligible, or not with every reason that applies —
 * never a bare boolean, because a resident must be told exactly why (issue 3, item 4).
 */
export type Decision<R extends string> = { eligible: true } | { eligible: false; reasons: readonly R[] };

export function decide<R extends string>(reasons: readonly R[]): Decision<R> {
  return reasons.length === 0 ? { eligible: true } : { eligible: false, reasons };
}
