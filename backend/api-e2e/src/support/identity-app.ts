import { type DynamicModule, Global, type INestApplicationContext, Module, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AuthRoutes } from '@balss/contracts';
import { IdentityDemoSeedService, IdentitySeedModule, IdentityWorkerModule } from '@balss/domains/identity';
import { MunicipalitySeedService } from '@balss/domains/municipality';
import { NotificationsWorkerModule } from '@balss/domains/notifications';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { DatabaseModule } from '@balss/platform/database';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { WorkerQueueModule } from '@balss/platform/queue';
import { HttpClient, type HttpServer } from './http-client';
import { requiredEnv } from './services';
import { createTestApp } from './test-app';

export interface IdentityTestEnv {
  db: TestDatabase;
  app: NestExpressApplication;
  dataSource: DataSource;
  worker: INestApplicationContext;
  server: HttpServer;
  /** A fresh anonymous browser. */
  browser(): HttpClient;
  /** A browser signed in with e-mail and password (asserts 200). */
  signIn(email: string, password: string): Promise<HttpClient>;
  close(): Promise<void>;
}

/** The mail capture's HTTP API (tools/infra/smtp.mjs), which `npm test` starts and names in TEST_MAIL_URL. */
export interface CapturedMail {
  subject: string;
  text: string;
  links: string[];
  envelope: { rcptTo: string[] };
}

export async function mailsTo(address: string, waitMs = 0): Promise<CapturedMail[]> {
  const response = await fetch(`${requiredMailEnv('TEST_MAIL_URL')}/messages?to=${encodeURIComponent(address)}&wait=${waitMs}`);
  return (await response.json()) as CapturedMail[];
}

/**
 * Waits for a mail to `address` newer than the `seen` ones (count them before the action that sends
 * it) and returns it: mail goes through the queue and the worker, so it arrives a moment later.
 */
export async function nextMail(address: string, seen: number, timeoutMs = 20_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address, 1_000);
    if (mails.length > seen) {
      return mails[0];
    }
    if (Date.now() > deadline) {
      throw new Error(`No new mail to ${address} arrived within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The one-time token in the next mail to `address` after `seen` ones (from the link's `#token=`
 * fragment). Without `seen`: the newest mail, waiting for a first one — only right when the address
 * receives a single mail in the whole run.
 */
export async function tokenFromMail(address: string, seen?: number): Promise<{ token: string; mail: CapturedMail }> {
  const mail = seen === undefined ? (await mailsTo(address, 20_000))[0] : await nextMail(address, seen);
  if (!mail) {
    throw new Error(`No mail to ${address} arrived`);
  }
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) {
    throw new Error(`The mail to ${address} has no token link:\n${mail.text}`);
  }
  return { token: match[1], mail };
}

export const mailCount = async (address: string): Promise<number> => (await mailsTo(address)).length;

function requiredMailEnv(name: 'TEST_MAIL_URL' | 'TEST_SMTP_URL'): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the e2e tests through npm test, which starts the SMTP capture.`);
  }
  return value;
}

@Global()
@Module({})
class WorkerConfigModule {
  static with(env: Record<string, string>): DynamicModule {
    return { exports: [AppConfig], module: WorkerConfigModule, providers: [{ provide: AppConfig, useValue: loadConfig({ NODE_ENV: 'test', ...env }) }] };
  }
}

/**
 * The real api plus an in-process worker (account mails, mail delivery to the SMTP capture), on a fresh database
 * with Daugavpils and (DEMO_MODE) the demo accounts. Each spec uses its own Redis database so its
 * mail queue is its own.
 */
export async function startIdentityTestEnv(
  env: Record<string, string> = {},
  redisDb = 5,
  extraImports: ModuleMetadata['imports'] = [],
): Promise<IdentityTestEnv> {
  const db = await createTestDatabase();
  const redisUrl = `${requiredEnv('TEST_REDIS_URL').replace(/\/\d*$/, '')}/${redisDb}`;
  const common = { DATABASE_URL: db.url, REDIS_URL: redisUrl, SMTP_URL: requiredMailEnv('TEST_SMTP_URL'), PUBLIC_URL: 'http://balss.test' };
  let app: NestExpressApplication | undefined;
  let worker: INestApplicationContext | undefined;
  try {
    app = await createTestApp(
      { DEMO_MODE: 'true', AUTH_RATE_LIMIT_PER_IP: '1000', AUTH_RATE_LIMIT_PER_ACCOUNT: '1000', ...common, ...env },
      [IdentitySeedModule, ...(extraImports ?? [])],
    );
    await app.get(MunicipalitySeedService).seedDaugavpils();
    await app.get(IdentityDemoSeedService).seed();
    worker = await NestFactory.createApplicationContext(
      {
        imports: [WorkerConfigModule.with(common), DatabaseModule, WorkerQueueModule, IdentityWorkerModule, NotificationsWorkerModule],
        module: class MailWorkerTestModule {},
      },
      { logger: ['error'] },
    );
  } catch (error) {
    // A half-started environment would keep Jest from exiting; close what did start.
    await worker?.close();
    await app?.close();
    await db.drop();
    throw error;
  }
  return environment(db, app, worker);
}

function environment(db: TestDatabase, app: NestExpressApplication, worker: INestApplicationContext): IdentityTestEnv {
  const server = app.getHttpServer();
  return {
    db,
    app,
    dataSource: app.get(DataSource),
    worker,
    server,
    browser: () => new HttpClient(server),
    signIn: async (email, password) => {
      const browser = await new HttpClient(server).primeCsrf();
      const response = await browser.post(AuthRoutes.login, { body: { email, password } });
      if (response.status !== 200) {
        throw new Error(`Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return browser;
    },
    close: async () => {
      await worker.close();
      await app.close();
      await db.drop();
    },
  };
}

