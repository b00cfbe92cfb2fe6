import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { loadConfig } from './load-config';

/**
 * Registers AppConfig app-wide. The environment is validated when the module is first imported,
 * so a misconfigured process fails before it opens a port or a connection.
 */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => loadConfig(process.env) }],
  exports: [AppConfig],
})
export class ConfigModule {}
