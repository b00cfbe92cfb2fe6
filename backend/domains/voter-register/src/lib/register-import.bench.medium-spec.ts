/**
 * The voter-register import benchmark (docs/benchmarks.md, "Voter register import"). Skipped unless
 * BALSS_BENCH_ROWS is set, so `npm test` does not pay for it:
 *
 *   node tools/infra/services.mjs   # then export the TEST_DATABASE_URL it prints
 *   BALSS_BENCH_ROWS=100000 npx jest -c backend/domains/voter-register/jest.medium.config.cts register-import.bench
 *
 * Measures the api's part (stream the body into staged chunks + validate every row) and the
 * worker's part (re-read, validate, hash, replace the register in one transaction) separately.
 *
 * Why a Jest medium spec and not `npm run bench -- register` next to the tally benchmark: it needs the
 * medium-test infrastructure — a throw-away database from `createTestDatabase` (TEST_DATABASE_URL) and
 * the real Nest module, whose constructor injection relies on `emitDecoratorMetadata`, which ts-jest
 * emits and tsx (esbuild) does not. The row count comes from the environment because Jest passes no
 * arguments of its own to a spec.
 */
import { Global, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MunicipalitySeedService } from '@balss/domains/municipality';
import type { Actor } from '@balss/platform/auth';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { buildDataSourceOptions } from '@balss/platform/database';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { syntheticRegisterCsv } from '../testing/register-fixtures';
import { RegisterAudit } from './audit/register-audit';
import { NeighbourhoodDirectory } from './import/neighbourhoods';
import type { RegisterImportProducer } from './import/register-import.producer';
import { RegisterImportRunner } from './import/register-import.runner';
import { RegisterUploadService } from './import/register-upload.service';
import { RegisterImportRepository } from './persistence/register-import.repository';
import { VoterRegisterSeedModule } from './voter-register.module';

const ROWS = Number(process.env['BALSS_BENCH_ROWS'] ?? 0);

@Global()
@Module({})
class BenchConfigModule {
  static with(config: AppConfig) {
    return { exports: [AppConfig], module: BenchConfigModule, providers: [{ provide: AppConfig, useValue: config }] };
  }
}

(ROWS > 0 ? describe : describe.skip)(`voter register import benchmark (${ROWS} rows)`, () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:1', NODE_ENV: 'test' });
    moduleRef = await Test.createTestingModule({
      imports: [
        BenchConfigModule.with(config),
        TypeOrmModule.forRoot({ ...buildDataSourceOptions(db.url), autoLoadEntities: true }),
        VoterRegisterSeedModule,
      ],
    }).compile();
    await moduleRef.init();
    await moduleRef.get(MunicipalitySeedService).seedDaugavpils();
  });

  afterAll(async () => {
    await moduleRef?.close();
    await db?.drop();
  });

  it('imports the file and reports the time of each part', async () => {
    const municipalityId = (
      await db.dataSource.query<Array<{ id: string }>>(`SELECT id FROM municipality WHERE slug = 'daugavpils'`)
    )[0].id;
    const { idBySlug } = await moduleRef.get(NeighbourhoodDirectory).ofMunicipality(municipalityId);
    const csv = Buffer.from(syntheticRegisterCsv(ROWS, [...idBySlug.keys()]), 'utf8');
    const actor = {
      userId: null,
      municipalityId,
      permissions: new Set(['register:import', 'register:read']),
    } as unknown as Actor;
    const uploads = new RegisterUploadService(
      moduleRef.get(DataSource),
      moduleRef.get(RegisterImportRepository),
      moduleRef.get(NeighbourhoodDirectory),
      {
        enqueue: async (id: string) => ({ jobId: id }),
        progressOf: async () => null,
      } as unknown as RegisterImportProducer,
      moduleRef.get(RegisterAudit),
    );
    async function* body() {
      for (let i = 0; i < csv.length; i += 64 * 1024) {
        yield csv.subarray(i, i + 64 * 1024);
      }
    }
    const t0 = performance.now();
    const accepted = await uploads.upload(actor, body(), 'bench.csv');
    const t1 = performance.now();
    const status = await moduleRef.get(RegisterImportRunner).run(accepted.id);
    const t2 = performance.now();
    expect(status).toBe('done');
    const stored = Number(
      (await db.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM register_entry`))[0].n,
    );
    expect(stored).toBe(ROWS);
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    process.stdout.write(
      `\nVoter register import, ${ROWS} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MiB:\n` +
        `  api    stream to staging + validate: ${seconds(t1 - t0)} s\n` +
        `  worker validate + hash + replace:    ${seconds(t2 - t1)} s (${Math.round(ROWS / ((t2 - t1) / 1000))} rows/s)\n` +
        `  total:                               ${seconds(t2 - t0)} s\n`,
    );
  });
});
