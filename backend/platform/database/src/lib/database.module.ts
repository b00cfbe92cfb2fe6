import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@balss/platform/config';
import { buildDataSourceOptions } from './data-source-options';
import { NestTypeOrmLogger } from './typeorm-logger';

/**
 * The process-wide TypeORM connection. Domain modules register their entities with
 * `TypeOrmModule.forFeature` and `autoLoadEntities` collects them, so this platform lib never
 * imports a domain. Migrations are not run here: `cli.js migrate` (or the container entrypoint)
 * runs them before the api starts, so two api replicas never race to migrate.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.database.url),
        autoLoadEntities: true,
        // A few quick retries ride out a database that starts a moment after us; then fail loudly.
        retryAttempts: 5,
        retryDelay: 2000,
        logger: new NestTypeOrmLogger(),
        maxQueryExecutionTime: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
