export type Print = (line: string) => void;

/** Thrown when the command cannot do its job for a reason the operator can fix; exits 1. */
export class CommandFailedError extends Error {}
