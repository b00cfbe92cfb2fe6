import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { requiredEnv } from './support/services';
import { createTestApp } from './support/test-app';

describe('rate limiting (RATE_LIMIT_PER_MINUTE=3)', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApp({
      DATABASE_URL: db.url,
      REDIS_URL: requiredEnv('TEST_REDIS_URL'),
      RATE_LIMIT_PER_MINUTE: '3',
    });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers the request over the limit with 429 RATE_LIMITED and Retry-After', async () => {
    const server = app.getHttpServer();
    for (let i = 0; i < 3; i++) {
      await request(server).get('/api/municipalities').expect(200);
    }
    const res = await request(server).get('/api/municipalities').expect(429);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.body).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('Retry-After'),
      requestId: res.headers['x-request-id'],
    });
  });
});
