import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { ApiErrorBody, MunicipalityDto } from '@balss/contracts';
import { MunicipalitySeedService } from '@balss/domains/municipality';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { withAnonymousCsrf } from './support/csrf';
import { ProbeModule } from './support/probe.module';
import { requiredEnv } from './support/services';
import { createTestApp } from './support/test-app';

const SIGN_UP = '/api/e2e-probe/municipalities/daugavpils/users';

describe('api (in-process AppModule, real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;

  const storedUsers = async () => Number((await db.dataSource.query('SELECT count(*) AS n FROM app_user'))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApp(
      {
        DATABASE_URL: db.url,
        REDIS_URL: requiredEnv('TEST_REDIS_URL'),
        BODY_LIMIT: '16kb',
      },
      [ProbeModule],
    );
    await app.get(MunicipalitySeedService).seedDaugavpils();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('home page data', () => {
    it('serves Daugavpils with its 25 apkaimes in lv, ru and en, in Latvian order, unknowns null', async () => {
      const res = await request(app.getHttpServer()).get('/api/municipalities/daugavpils').expect(200);
      const body = res.body as MunicipalityDto;
      expect(body.name).toEqual({ lv: 'Daugavpils', ru: 'Даугавпилс', en: 'Daugavpils' });
      expect(body.neighbourhoods).toHaveLength(25);
      const names = body.neighbourhoods.map((n) => n.name.lv);
      expect(names.slice(0, 3)).toEqual(['Centrs', 'Cietoksnis', 'Čerepova']);
      expect(body.neighbourhoods.find((n) => n.slug === 'kimija')).toMatchObject({
        name: { lv: 'Ķīmija', ru: 'Химия', en: 'Ķīmija' },
        location: { lat: 55.894759, lng: 26.547539 },
        population: 11459,
      });
      expect(body.neighbourhoods.find((n) => n.slug === 'centrs')).toMatchObject({
        name: { lv: 'Centrs', ru: 'Центр', en: 'Centrs' },
        bank: null,
        location: null,
        population: null,
      });
      for (const n of body.neighbourhoods) {
        expect(n.name.lv && n.name.ru && n.name.en).toBeTruthy();
      }
    });

    it('lists the municipalities', async () => {
      const res = await request(app.getHttpServer()).get('/api/municipalities').expect(200);
      expect(res.body).toEqual([expect.objectContaining({ slug: 'daugavpils', name: expect.any(Object) })]);
    });
  });

  describe('errors have one stable body', () => {
    it('answers an unknown municipality with 404 NOT_FOUND and the request id of the header', async () => {
      const res = await request(app.getHttpServer()).get('/api/municipalities/atlantis').expect(404);
      expect(res.body).toEqual({
        code: 'NOT_FOUND',
        message: 'There is no municipality "atlantis".',
        details: { slug: 'atlantis' },
        requestId: res.headers['x-request-id'],
      });
    });

    it('answers an unknown /api route with 404 JSON, not the web app', async () => {
      const res = await request(app.getHttpServer()).get('/api/no-such-thing').expect(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
    });

    it('refuses an unknown JSON field with 400 and field details, storing nothing', async () => {
      const res = await withAnonymousCsrf(request(app.getHttpServer()).post(SIGN_UP))
        .send({ email: 'anna@example.lv', displayName: 'Anna', isAdmin: true })
        .expect(400);
      expect(res.body).toMatchObject<Partial<ApiErrorBody>>({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'isAdmin', messages: ['property isAdmin should not exist'] }],
      });
      expect(await storedUsers()).toBe(0);
    });

    it('refuses wrong types with 400 naming each field, storing nothing', async () => {
      const res = await withAnonymousCsrf(request(app.getHttpServer()).post(SIGN_UP)).send({ email: 42, displayName: ['A'] }).expect(400);
      const fields = (res.body as ApiErrorBody & { details: Array<{ field: string }> }).details.map((d) => d.field);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(fields.sort()).toEqual(['displayName', 'email']);
      expect(await storedUsers()).toBe(0);
    });

    it('refuses malformed JSON with 400 BAD_REQUEST', async () => {
      const res = await withAnonymousCsrf(request(app.getHttpServer()).post(SIGN_UP))
        .set('content-type', 'application/json')
        .send('{"email": ')
        .expect(400);
      expect(res.body).toMatchObject({ code: 'BAD_REQUEST', requestId: res.headers['x-request-id'] });
    });

    it('refuses a body over the configured limit with 413 PAYLOAD_TOO_LARGE, storing nothing', async () => {
      const res = await withAnonymousCsrf(request(app.getHttpServer()).post(SIGN_UP))
        .send({ email: 'big@example.lv', displayName: 'x'.repeat(20_000) })
        .expect(413);
      expect(res.body).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The request body is larger than this server accepts.',
        requestId: res.headers['x-request-id'],
      });
      expect(await storedUsers()).toBe(0);
    });

    it('stores a valid request once, and answers a duplicate with 409 CONFLICT', async () => {
      await withAnonymousCsrf(request(app.getHttpServer()).post(SIGN_UP)).send({ email: 'Anna@Example.lv', displayName: 'Anna' }).expect(201);
      const res = await withAnonymousCsrf(request(app.getHttpServer()).post(SIGN_UP))
        .send({ email: 'anna@example.LV', displayName: 'Anna again' })
        .expect(409);
      expect(res.body).toMatchObject({ code: 'CONFLICT', details: { field: 'email' } });
      expect(await storedUsers()).toBe(1);
    });
  });

  describe('operations', () => {
    it('reports health 200 with PostgreSQL and Redis up', async () => {
      const res = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(res.body).toEqual({
        status: 'ok',
        info: { database: { status: 'up' }, redis: { status: 'up' } },
        error: {},
      });
    });

    it('echoes a caller-supplied request id', async () => {
      const res = await request(app.getHttpServer()).get('/api/health').set('x-request-id', 'probe-42').expect(200);
      expect(res.headers['x-request-id']).toBe('probe-42');
    });

    it('sends security headers with a CSP that allows only our own scripts', async () => {
      const res = await request(app.getHttpServer()).get('/api/municipalities').expect(200);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('mounts the queue dashboard for platform administrators only, with the stable body when refused', async () => {
      // Signed-in access (platform_admin 200, municipal admin 403) is covered in identity/admin.e2e-spec.ts.
      const refused = await request(app.getHttpServer()).get('/api/admin/queues').expect(401);
      expect(refused.body).toMatchObject({ code: 'UNAUTHENTICATED', requestId: refused.headers['x-request-id'] });
      const basic = await request(app.getHttpServer()).get('/api/admin/queues').auth('admin', 'e2e-dashboard-secret');
      expect(basic.status).toBe(401);
    });

    it('publishes the OpenAPI document listing the municipality routes, and Swagger UI', async () => {
      const res = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining(['/api/municipalities', '/api/municipalities/{slug}', '/api/health']),
      );
      expect(res.body.paths['/api/municipalities/{slug}'].get.responses['200']).toBeDefined();
      expect(res.body.components.schemas).toHaveProperty('MunicipalityResponse');
      const ui = await request(app.getHttpServer()).get('/api/docs').expect(200);
      expect(ui.text).toMatch(/swagger-ui/i);
    });
  });
});
