import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { type DynamicModule, Global, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AuthRoutes, EidRoutes, RegisterRoutes, type RegisterImportDto } from '@balss/contracts';
import {
  DEMO_EID_CLIENT_ID,
  DEMO_EID_CLIENT_SECRET_ENV,
  EidDemoSeedService,
  EidModule,
  EidSeedModule,
} from '@balss/domains/eid';
import { IdentityDemoSeedService, IdentitySeedModule } from '@balss/domains/identity';
import { MunicipalitySeedService } from '@balss/domains/municipality';
import { VoterRegisterModule, VoterRegisterWorkerModule } from '@balss/domains/voter-register';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { DatabaseModule } from '@balss/platform/database';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { WorkerQueueModule } from '@balss/platform/queue';
import { HttpClient, type HttpServer } from '../support/http-client';
import { eventually, requiredEnv, stopChild } from '../support/services';
import { createTestApp } from '../support/test-app';

const OIDC_SCRIPT = path.resolve(__dirname, '../../../../tools/infra/oidc.mjs');
export const PUBLIC_URL = 'http://balss.test';
export const CALLBACK_URL = `${PUBLIC_URL}${EidRoutes.callback}`;
const CLIENT_SECRET = 'e2e-demo-client-secret';

/** tools/infra/oidc.mjs as a child process (it is an ES module; Jest runs CommonJS). */
export interface OidcProcess {
  issuer: string;
  stop(): Promise<void>;
}

export async function startOidc(
  options: { tamperIdToken?: Record<string, unknown>; clientId?: string } = {},
): Promise<OidcProcess> {
  const args = [
    OIDC_SCRIPT,
    '--port',
    '0',
    '--client',
    `${options.clientId ?? DEMO_EID_CLIENT_ID}:${CLIENT_SECRET}:${CALLBACK_URL}`,
  ];
  if (options.tamperIdToken) {
    args.push('--tamper-id-token', JSON.stringify(options.tamperIdToken));
  }
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        resolve((JSON.parse(line) as { issuer: string }).issuer);
      }
    });
    child.once('exit', (code) => reject(new Error(`oidc.mjs exited with ${code} before it was ready`)));
  });
  return { issuer, stop: async () => void (await stopChild(child)) };
}

/**
 * The browser at the e-ID provider: follows its redirects with its own cookie jar (the provider's
 * session and interaction cookies), picks a person on the login page, and stops at the redirect
 * back to Balss. Returns that callback URL.
 */
export async function signInAtProvider(authorizationUrl: string, accountId: string): Promise<URL> {
  const jar = new Map<string, string>();
  const go = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  let url = new URL(authorizationUrl);
  for (let hop = 0; hop < 8; hop++) {
    const response = await go(url);
    const location = response.headers.get('location');
    if (response.status === 200 && /\/interaction\//.test(url.pathname)) {
      await response.text();
      const login = await go(new URL(`${url.pathname}/login`, url), {
        method: 'POST',
        body: new URLSearchParams({ account: accountId }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      url = new URL(login.headers.get('location') ?? '', url);
      continue;
    }
    if (!location) {
      throw new Error(
        `The provider answered ${response.status} at ${url.pathname}: ${(await response.text()).slice(0, 300)}`,
      );
    }
    const next = new URL(location, url);
    if (next.href.startsWith(CALLBACK_URL)) {
      return next;
    }
    url = next;
  }
  throw new Error('Too many redirects at the provider');
}

@Global()
@Module({})
class WorkerConfigModule {
  static with(env: Record<string, string>): DynamicModule {
    return {
      exports: [AppConfig],
      module: WorkerConfigModule,
      providers: [{ provide: AppConfig, useValue: loadConfig({ NODE_ENV: 'test', ...env }) }],
    };
  }
}

export interface EidTestEnv {
  db: TestDatabase;
  app: NestExpressApplication;
  dataSource: DataSource;
  server: HttpServer;
  op: OidcProcess;
  worker: INestApplicationContext;
  browser(): HttpClient;
  signIn(email: string, password: string): Promise<HttpClient>;
  /** start → provider login as `accountId` → the callback URL (not yet followed). */
  startAndLogin(browser: HttpClient, accountId: string, slug?: string): Promise<{ callback: URL; providerUrl: string }>;
  /** The whole e-ID sign-in; returns the callback's response. */
  signInWithEid(accountId: string): Promise<{ browser: HttpClient; status: number; location: string | undefined }>;
  importRegister(admin: HttpClient, csv: string): Promise<RegisterImportDto>;
  count(sql: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

/**
 * The real api (with the e-ID and voter-register modules), an in-process register worker, the demo
 * provider as a child process, and a fresh database with Daugavpils, the demo accounts and the demo
 * provider configuration pointing at that process.
 */
export async function startEidTestEnv(redisDb: number): Promise<EidTestEnv> {
  const op = await startOidc();
  const cleanup: Array<() => Promise<unknown>> = [() => op.stop()];
  try {
    return await buildEnv(op, redisDb, cleanup);
  } catch (error) {
    for (const step of cleanup.reverse()) {
      await step().catch(() => undefined);
    }
    throw error;
  }
}

async function buildEnv(op: OidcProcess, redisDb: number, cleanup: Array<() => Promise<unknown>>): Promise<EidTestEnv> {
  const db = await createTestDatabase();
  cleanup.push(() => db.drop());
  const redisUrl = `${requiredEnv('TEST_REDIS_URL').replace(/\/\d*$/, '')}/${redisDb}`;
  const common = {
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    PUBLIC_URL,
    DEMO_MODE: 'true',
    EID_DEMO_ISSUER_URL: op.issuer,
    [DEMO_EID_CLIENT_SECRET_ENV]: CLIENT_SECRET,
  };
  const app = await createTestApp(
    { ...common, AUTH_RATE_LIMIT_PER_IP: '1000', AUTH_RATE_LIMIT_PER_ACCOUNT: '1000', RATE_LIMIT_PER_MINUTE: '100000' },
    [EidModule, EidSeedModule, IdentitySeedModule, VoterRegisterModule],
  );
  cleanup.push(() => app.close());
  await app.get(MunicipalitySeedService).seedDaugavpils();
  await app.get(IdentityDemoSeedService).seed();
  await app.get(EidDemoSeedService).seed();
  const worker = await NestFactory.createApplicationContext(
    {
      imports: [WorkerConfigModule.with(common), DatabaseModule, WorkerQueueModule, VoterRegisterWorkerModule],
      module: class RegisterWorkerTestModule {},
    },
    { logger: ['error'] },
  );
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer();
  const browser = () => new HttpClient(server);
  const env: EidTestEnv = {
    db,
    app,
    dataSource,
    server,
    op,
    worker,
    browser,
    signIn: async (email, password) => {
      const client = await browser().primeCsrf();
      const response = await client.post(AuthRoutes.login, { body: { email, password } });
      if (response.status !== 200) {
        throw new Error(`Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return client;
    },
    startAndLogin: async (client, accountId, slug = 'daugavpils') => {
      const start = await client.get(EidRoutes.start(slug));
      if (start.status !== 303) {
        throw new Error(`start answered ${start.status} ${JSON.stringify(start.body)}`);
      }
      const providerUrl = start.headers['location'] as string;
      return { callback: await signInAtProvider(providerUrl, accountId), providerUrl };
    },
    signInWithEid: async (accountId) => {
      const client = browser();
      const { callback } = await env.startAndLogin(client, accountId);
      const response = await client.get(`${callback.pathname}${callback.search}`);
      return { browser: client, status: response.status, location: response.headers['location'] as string | undefined };
    },
    importRegister: async (admin, csv) => {
      const upload = await admin.send('post', RegisterRoutes.imports, {
        body: csv,
        headers: { 'content-type': 'text/csv' },
        query: { fileName: 'register.csv' },
      });
      if (upload.status !== 202) {
        throw new Error(`upload answered ${upload.status} ${JSON.stringify(upload.body)}`);
      }
      let done: RegisterImportDto | undefined;
      await eventually(
        async () => {
          const res = await admin.get(RegisterRoutes.import((upload.body as RegisterImportDto).id));
          if (res.body.status !== 'completed' && res.body.status !== 'failed') {
            throw new Error(`import still ${res.body.status}`);
          }
          done = res.body as RegisterImportDto;
        },
        60_000,
        200,
      );
      return done as RegisterImportDto;
    },
    count: async (sql, params = []) => Number((await dataSource.query<Array<{ n: string }>>(sql, params))[0]?.n),
    close: async () => {
      await worker.close();
      await app.close();
      await db.drop();
      await op.stop();
    },
  };
  return env;
}
