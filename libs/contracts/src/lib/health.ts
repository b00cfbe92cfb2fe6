export type DependencyName = 'database' | 'redis';

/** GET /api/health: 200 with status "ok" when every dependency answers, 503 and "error" otherwise. */
export interface HealthDto {
  status: 'ok' | 'error';
  info: Partial<Record<DependencyName, { status: 'up' | 'down'; message?: string }>>;
  error: Partial<Record<DependencyName, { status: 'up' | 'down'; message?: string }>>;
}
