import { API_PREFIX, ApiRoutes, permissionsOf, QueueName, type Role } from '@balss/contracts';
import type { Actor } from '@balss/platform/auth';
import { getQueueToken } from '@nestjs/bullmq';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { QueueDashboardModule } from './queue-dashboard.module';

/** Stands in for a BullMQ queue: the dashboard's page and access check never reach Redis. */
function fakeQueue(name: string) {
  return { name, metaValues: { version: 'bullmq:6' }, on: jest.fn(), opts: {}, close: jest.fn() };
}

function actorWith(role: Role): Actor {
  return {
    userId: 'u1',
    municipalityId: 'm1',
    roles: [role],
    permissions: permissionsOf([role]),
    isPlatformAdmin: role === 'platform_admin',
    via: { kind: 'session', sessionId: 's1', method: 'password', authenticatedAt: new Date() },
  };
}

/** QueueModule (imported by the dashboard) reads the Redis URL from the app-wide AppConfig. */
@Global()
@Module({
  exports: [AppConfig],
  providers: [{ provide: AppConfig, useValue: loadConfig({ DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused', REDIS_URL: 'redis://127.0.0.1:1' }) }],
})
class TestConfigModule {}

/** The dashboard as the api mounts it, with a stand-in for the api's authenticating middleware. */
async function dashboardApp(): Promise<INestApplication> {
  let builder = Test.createTestingModule({ imports: [TestConfigModule, QueueDashboardModule] });
  for (const name of Object.values(QueueName)) {
    builder = builder.overrideProvider(getQueueToken(name)).useValue(fakeQueue(name));
  }
  const app = (await builder.compile()).createNestApplication({ logger: false });
  app.use((req: { headers: Record<string, string>; user?: Actor | null }, _res: unknown, next: () => void) => {
    const role = req.headers['x-test-role'] as Role | undefined;
    req.user = role ? actorWith(role) : null;
    next();
  });
  app.setGlobalPrefix(API_PREFIX); // as the api does
  await app.init();
  return app;
}

describe('queue dashboard', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await dashboardApp();
  });
  afterAll(() => app.close());

  it('answers 401 to an anonymous visitor, also on sub-paths', async () => {
    expect((await request(app.getHttpServer()).get(ApiRoutes.queues)).status).toBe(401);
    expect((await request(app.getHttpServer()).get(`${ApiRoutes.queues}/queue/${QueueName.Mail}`)).status).toBe(401);
  });

  it('answers 403 to signed-in people without queues:dashboard, municipal administrators included', async () => {
    for (const role of ['resident', 'admin', 'auditor'] as const) {
      expect((await request(app.getHttpServer()).get(ApiRoutes.queues).set('x-test-role', role)).status).toBe(403);
    }
  });

  it('shows the dashboard to a platform administrator', async () => {
    const page = await request(app.getHttpServer()).get(ApiRoutes.queues).set('x-test-role', 'platform_admin');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Balss queues');
  });

  it("refuses a dashboard action sent from another site, even with the administrator's cookie", async () => {
    const res = await request(app.getHttpServer())
      .put(`${ApiRoutes.queues}/api/queues/${QueueName.Mail}/retry/failed`)
      .set('x-test-role', 'platform_admin')
      .set('sec-fetch-site', 'cross-site');
    expect(res.status).toBe(403);
  });
});
