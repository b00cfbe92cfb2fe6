import { ServiceUnavailableException } from '@nestjs/common';
import type { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthService, toUnavailableBody } from './health.service';
import type { RedisHealthIndicator } from './redis-health.indicator';

describe('HealthService', () => {
  const database = {} as TypeOrmHealthIndicator;
  const redis = {} as RedisHealthIndicator;

  it('reports ok when terminus says every dependency is up', async () => {
    const checks = {
      check: jest.fn().mockResolvedValue({
        status: 'ok',
        info: { database: { status: 'up' }, redis: { status: 'up' } },
        error: {},
        details: {},
      }),
    } as unknown as HealthCheckService;
    expect(await new HealthService(checks, database, redis).check()).toEqual({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' } },
      error: {},
    });
  });

  it("turns terminus's 503 exception into a report naming what is down", async () => {
    const result = {
      status: 'error',
      info: { database: { status: 'up' } },
      error: { redis: { status: 'down', message: 'Connection is closed.' } },
      details: {},
    };
    const checks = { check: jest.fn().mockRejectedValue(new ServiceUnavailableException(result)) };
    const report = await new HealthService(checks as unknown as HealthCheckService, database, redis).check();
    expect(report).toEqual({ status: 'error', info: result.info, error: result.error });
    expect(toUnavailableBody(report, 'req-9')).toEqual({
      ...report,
      code: 'SERVICE_UNAVAILABLE',
      message: 'Not ready: redis is not answering.',
      details: { down: ['redis'] },
      requestId: 'req-9',
    });
  });

  it('names both dependencies when both are down', () => {
    const body = toUnavailableBody(
      { status: 'error', info: {}, error: { database: { status: 'down' }, redis: { status: 'down' } } },
      undefined,
    );
    expect(body.message).toBe('Not ready: database and redis are not answering.');
    expect(body).not.toHaveProperty('requestId');
  });
});
