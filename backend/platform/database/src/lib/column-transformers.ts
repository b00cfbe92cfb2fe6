import type { ValueTransformer } from 'typeorm';

/**
 * node-postgres returns `numeric` as a string because it may not fit a JS number. Coordinates and
 * similar small decimals do fit, so they are read as numbers; null stays null (unknown is not zero).
 */
export const nullableNumericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
