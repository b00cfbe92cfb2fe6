import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@balss/platform/config';
import { AppModule } from './app/app.module';
import { configureApp, NEST_APP_OPTIONS } from './app/configure-app';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, NEST_APP_OPTIONS);
  const config = app.get(AppConfig);
  configureApp(app, config);
  await app.listen(config.http.port, config.http.host);
  const shownHost = ['0.0.0.0', '::'].includes(config.http.host) ? 'localhost' : config.http.host;
  new Logger('Bootstrap').log(`Balss api listening on http://${shownHost}:${config.http.port}`);
}

bootstrap().catch((error: unknown) => {
  // Config errors and a database that never came up end here: say why and exit non-zero.
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
