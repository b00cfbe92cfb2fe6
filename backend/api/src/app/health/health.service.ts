import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, type HealthCheckResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { DependencyName, HealthDto, HealthUnavailableBody } from '@balss/contracts';
import { RedisHealthIndicator } from './redis-health.indicator';

const DATABASE_PING_TIMEOUT_MS = 1500;

/** Asks every dependency the api cannot work without whether it answers right now. */
@Injectable()
export class HealthService {
  constructor(
    private readonly checks: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  async check(): Promise<HealthDto> {
    try {
      return toHealthDto(
        await this.checks.check([
          () => this.database.pingCheck<DependencyName>('database', { timeout: DATABASE_PING_TIMEOUT_MS }),
          () => this.redis.pingCheck<DependencyName>('redis'),
        ]),
      );
    } catch (error) {
      // Terminus reports "something is down" by throwing its result inside a 503 exception.
      if (error instanceof ServiceUnavailableException) {
        return toHealthDto(error.getResponse() as HealthCheckResult);
      }
      throw error;
    }
  }
}

export function toHealthDto(result: HealthCheckResult): HealthDto {
  return {
    status: result.status === 'ok' ? 'ok' : 'error',
    info: (result.info ?? {}) as HealthDto['info'],
    error: (result.error ?? {}) as HealthDto['error'],
  };
}

/** The 503 body: the health report plus the stable error fields, naming what is down. */
export function toUnavailableBody(report: HealthDto, requestId: string | undefined): HealthUnavailableBody {
  const down = Object.keys(report.error) as DependencyName[];
  return {
    ...report,
    code: 'SERVICE_UNAVAILABLE',
    message: `Not ready: ${down.length > 0 ? down.join(' and ') : 'the service'} ${down.length > 1 ? 'are' : 'is'} not answering.`,
    details: { down },
    ...(requestId === undefined ? {} : { requestId }),
  };
}
