import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppConfig, loadConfig } from '@balss/platform/config';
// The suite boots the real AppModule in-process (Nest's e2e testing approach); an app has no
// public alias, and Nx forbids importing apps everywhere else, which is right for libs.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../api/src/app/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { configureApp, NEST_APP_OPTIONS } from '../../../api/src/app/configure-app';

/**
 * The production app with the given environment (validated by the real loadConfig) and optional
 * extra modules, configured exactly as main.ts does. Not listening: supertest drives its server.
 */
export async function createTestApp(
  env: Record<string, string | undefined>,
  extra: ModuleMetadata['imports'] = [],
): Promise<NestExpressApplication> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule, ...extra] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>(NEST_APP_OPTIONS);
  configureApp(app, config);
  await app.init();
  return app;
}
