import { QueryFailedError } from 'typeorm';

/** SQLSTATE codes repositories translate into domain errors (PostgreSQL appendix A). */
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

function driverError(error: unknown): PgDriverError | null {
  return error instanceof QueryFailedError ? (error.driverError as PgDriverError) : null;
}

/**
 * True when `error` is PostgreSQL refusing a duplicate, optionally on one named constraint. Letting the
 * unique index decide (instead of "select, then insert") is the only race-free duplicate check.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = driverError(error);
  return pg?.code === UNIQUE_VIOLATION && (constraint === undefined || pg.constraint === constraint);
}

/** True when `error` is a foreign key refusing a row that points at nothing (or is still pointed at). */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const pg = driverError(error);
  return pg?.code === FOREIGN_KEY_VIOLATION && (constraint === undefined || pg.constraint === constraint);
}
