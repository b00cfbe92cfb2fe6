export type DependencyName = 'database' | 'redis';

/** GET /api/health: 200 with status "ok" when every dependency answers, 503 and "error" otherwise. */
export interface HealthDto {
  status: 'ok' | 'error';
  info: Partial<Record<DependencyName, { status: 'up' | 'down'; message?: string }>>;
  error: Partial<Record<DependencyName, { status: 'up' | 'down'; message?: string }>>;
}

/**
 * The 503 answer of GET /api/health: the HealthDto (so probes read `status` and `error`) plus the
 * stable error fields every failed request has, with `details.down` naming the failing dependencies.
 */
export interface HealthUnavailableBody extends HealthDto {
  code: 'SERVICE_UNAVAILABLE';
  message: string;
  details: { down: DependencyName[] };
  requestId?: string;
}
