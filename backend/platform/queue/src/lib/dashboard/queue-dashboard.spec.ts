import { API_PREFIX, ApiRoutes, QueueName } from '@balss/contracts';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { getQueueToken } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { QueueDashboardModule } from './queue-dashboard.module';

@Global()
@Module({})
class TestConfigModule {
  static with(password: string | undefined): DynamicModule {
    const config = loadConfig({
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
      QUEUE_DASHBOARD_PASSWORD: password,
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    return { exports: [AppConfig], module: TestConfigModule, providers: [{ provide: AppConfig, useValue: config }] };
  }
}

/** Stands in for a BullMQ queue: the dashboard's page and auth never reach Redis. */
function fakeQueue(name: string) {
  return { name, metaValues: { version: 'bullmq:6' }, on: jest.fn(), opts: {}, close: jest.fn() };
}

async function dashboardApp(password: string | undefined): Promise<INestApplication> {
  let builder = Test.createTestingModule({ imports: [TestConfigModule.with(password), QueueDashboardModule] });
  for (const name of Object.values(QueueName)) {
    builder = builder.overrideProvider(getQueueToken(name)).useValue(fakeQueue(name));
  }
  const app = (await builder.compile()).createNestApplication({ logger: false });
  app.setGlobalPrefix(API_PREFIX); // as the api does
  await app.init();
  return app;
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('queue dashboard', () => {
  describe('with a password', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await dashboardApp('s3cret-pass');
    });
    afterAll(() => app.close());

    it('asks for credentials without an Authorization header', async () => {
      const res = await request(app.getHttpServer()).get(ApiRoutes.queues);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Basic realm="Balss queues"/);
    });

    it('refuses a wrong password, a wrong user and a malformed header', async () => {
      for (const authorization of [basic('admin', 'guess'), basic('root', 's3cret-pass'), 'Bearer s3cret-pass', 'Basic']) {
        const res = await request(app.getHttpServer()).get(ApiRoutes.queues).set('Authorization', authorization);
        expect(res.status).toBe(401);
      }
    });

    it('shows the dashboard to admin with the password, including its sub-paths', async () => {
      const page = await request(app.getHttpServer()).get(ApiRoutes.queues).set('Authorization', basic('admin', 's3cret-pass'));
      expect(page.status).toBe(200);
      expect(page.text).toContain('Balss queues');
      const subPath = await request(app.getHttpServer()).get(`${ApiRoutes.queues}/queue/${QueueName.Mail}`);
      expect(subPath.status).toBe(401);
    });
  });

  describe('without a password', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await dashboardApp(undefined);
    });
    afterAll(() => app.close());

    it('does not exist: 404 with or without credentials', async () => {
      expect((await request(app.getHttpServer()).get(ApiRoutes.queues)).status).toBe(404);
      const withAuth = await request(app.getHttpServer()).get(ApiRoutes.queues).set('Authorization', basic('admin', ''));
      expect(withAuth.status).toBe(404);
    });
  });
});
