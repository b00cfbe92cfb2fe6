import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Global, Module } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MunicipalitySeedService } from '@balss/domains/municipality';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { buildDataSourceOptions } from '@balss/platform/database';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import type { Actor } from '@balss/platform/auth';
import { PersonalCodeHasher } from '@balss/domains/eid';
import { parsePersonalCode } from '@balss/eligibility';
import { syntheticPersonalCode, syntheticRegisterCsv } from '../testing/register-fixtures';
import { RegisterAudit } from './audit/register-audit';
import { RegisterDemoSeedService } from './demo/register-demo-seed.service';
import { RegisterImportProducer } from './import/register-import.producer';
import { RegisterImportRunner } from './import/register-import.runner';
import { RegisterUploadService } from './import/register-upload.service';
import { NeighbourhoodDirectory } from './import/neighbourhoods';
import { RegisterEntryRepository } from './persistence/register-entry.repository';
import { RegisterImportRepository } from './persistence/register-import.repository';
import { RegisterFileRejectedError } from './register.errors';
import { VoterRegisterSeedModule } from './voter-register.module';

@Global()
@Module({})
class TestConfigModule {
  static with(config: AppConfig) {
    return { exports: [AppConfig], module: TestConfigModule, providers: [{ provide: AppConfig, useValue: config }] };
  }
}

async function* streamOf(text: string, pieceBytes = 64 * 1024): AsyncIterable<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += pieceBytes) {
    yield bytes.subarray(i, i + pieceBytes);
  }
}

describe('voter register (real PostgreSQL)', () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let municipalityId: string;
  let admin: Actor;
  let uploads: RegisterUploadService;
  let queued: string[];

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.dataSource.query<Array<{ n: string }>>(sql, params))[0]?.n);
  const registerSize = () =>
    count(`SELECT count(*) AS n FROM register_entry WHERE municipality_id = $1`, [municipalityId]);

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:1',
      DEMO_MODE: 'true',
      NODE_ENV: 'test',
    });
    moduleRef = await Test.createTestingModule({
      imports: [
        TestConfigModule.with(config),
        TypeOrmModule.forRoot({ ...buildDataSourceOptions(db.url), autoLoadEntities: true }),
        VoterRegisterSeedModule,
      ],
    }).compile();
    await moduleRef.init();
    await moduleRef.get(MunicipalitySeedService).seedDaugavpils();
    municipalityId = (
      await db.dataSource.query<Array<{ id: string }>>(`SELECT id FROM municipality WHERE slug = 'daugavpils'`)
    )[0].id;
    const [user] = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO app_user (municipality_id, email, display_name) VALUES ($1, 'admin@example.lv', 'Admin') RETURNING id`,
      [municipalityId],
    );
    admin = {
      userId: user.id,
      municipalityId,
      roles: ['admin'],
      permissions: new Set(['register:import', 'register:read']),
      isPlatformAdmin: false,
      via: { kind: 'session', sessionId: 's', method: 'password', authenticatedAt: new Date() },
    };
    queued = [];
    const producer = { enqueue: async (id: string) => (queued.push(id), { jobId: id }), progressOf: async () => null };
    uploads = new RegisterUploadService(
      moduleRef.get(DataSource),
      moduleRef.get(RegisterImportRepository),
      moduleRef.get(NeighbourhoodDirectory),
      producer as unknown as RegisterImportProducer,
      moduleRef.get(RegisterAudit),
    );
  });

  afterAll(async () => {
    await moduleRef?.close();
    await db?.drop();
  });

  it('imports the demo register with personal codes only as 32-byte keyed hashes', async () => {
    expect(await moduleRef.get(RegisterDemoSeedService).seed()).toEqual({ outcome: 'imported', rows: 4 });
    const rows = await db.dataSource.query<Array<{ hash: Buffer; birth_date: string | null }>>(
      `SELECT personal_code_hash AS hash, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM register_entry ORDER BY birth_date`,
    );
    expect(rows.map((r) => r.hash.length)).toEqual([32, 32, 32, 32]);
    const hasher = moduleRef.get(PersonalCodeHasher);
    const anna = parsePersonalCode('120590-10000');
    if (!anna.ok) {
      throw new Error('fixture');
    }
    expect(rows.some((r) => r.hash.equals(hasher.hash(anna.code)))).toBe(true);
    // Birth dates read from the legacy codes, and Marta's from the file.
    expect(rows.map((r) => r.birth_date)).toEqual(['1975-11-16', '1990-05-12', '2008-02-29', '2012-03-10']);
    // Nothing anywhere holds a code in clear.
    const dump =
      JSON.stringify(await db.dataSource.query(`SELECT * FROM register_entry`)) +
      JSON.stringify(await db.dataSource.query(`SELECT * FROM register_import`));
    expect(dump).not.toMatch(/120590-?10000/);
    expect(
      await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'register.imported' AND outcome = 'success'`),
    ).toBe(1);
    // Seeding again keeps what is there.
    expect(await moduleRef.get(RegisterDemoSeedService).seed()).toEqual({ outcome: 'kept', rows: 4 });
  });

  it('refuses a file with a bad row at line 4, naming the line, and changes nothing', async () => {
    const csv = [
      'personal_code;birth_date;neighbourhood;declared_from;declared_to',
      `${syntheticPersonalCode(0)};;centrs;2020-01-01;`,
      `${syntheticPersonalCode(1)};;centrs;2020-01-01;`,
      `${syntheticPersonalCode(2)};;centrs;2020-13-01;`,
      '',
    ].join('\n');
    const attempt = uploads.upload(admin, streamOf(csv), 'bad.csv');
    await expect(attempt).rejects.toBeInstanceOf(RegisterFileRejectedError);
    const error = (await attempt.catch((e: unknown) => e)) as RegisterFileRejectedError;
    expect(error.details).toMatchObject({
      errorCount: expect.any(Number),
      errors: expect.arrayContaining([expect.objectContaining({ line: 4 })]),
    });
    expect(error.details).toMatchObject({
      errorCount: 1,
      errors: [{ line: 4, column: 'declared_from', code: 'IMPOSSIBLE_DATE' }],
    });
    expect(await registerSize()).toBe(4);
    expect(queued).toEqual([]);
    expect(await count(`SELECT count(*) AS n FROM register_import_chunk`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM register_import WHERE status = 'failed'`)).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'register.imported' AND outcome = 'failure'`),
    ).toBe(1);
  });

  it('rolls the whole replacement back when writing fails mid-way: the previous register stays', async () => {
    const neighbourhoods = ['centrs', 'gajoks', 'jaunbuve'];
    const accepted = await uploads.upload(admin, streamOf(syntheticRegisterCsv(12_000, neighbourhoods)), 'big.csv');
    expect(accepted).toMatchObject({ status: 'queued', rowCount: 12_000 });
    const entries = moduleRef.get(RegisterEntryRepository);
    const original = entries.insertBatch.bind(entries);
    let calls = 0;
    const spy = jest.spyOn(entries, 'insertBatch').mockImplementation(async (tx: EntityManager, ...rest) => {
      if (++calls === 2) {
        throw new Error('disk full (simulated) in the second batch');
      }
      return original(tx, ...rest);
    });
    const runner = moduleRef.get(RegisterImportRunner);
    await expect(runner.run(accepted.id, { finalAttempt: true })).rejects.toThrow(/simulated/);
    spy.mockRestore();
    expect(await registerSize()).toBe(4);
    expect(
      await count(`SELECT count(*) AS n FROM register_import WHERE id = $1 AND status = 'failed'`, [accepted.id]),
    ).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM register_import_chunk WHERE import_id = $1`, [accepted.id])).toBe(0);
  });

  it('imports 12,000 rows in one transaction, replacing the register, with progress, and skips a replay', async () => {
    const accepted = await uploads.upload(
      admin,
      streamOf(syntheticRegisterCsv(12_000, ['centrs', 'gajoks'])),
      'register.csv',
    );
    const progress: number[] = [];
    const started = Date.now();
    const status = await moduleRef
      .get(RegisterImportRunner)
      .run(accepted.id, { reportProgress: async (p) => void progress.push(p.percent) });
    const seconds = (Date.now() - started) / 1000;
    expect(status).toBe('done');
    expect(seconds).toBeLessThan(30);
    expect(await registerSize()).toBe(12_000);
    expect(progress[progress.length - 1]).toBe(100);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(await count(`SELECT replaced_rows AS n FROM register_import WHERE id = $1`, [accepted.id])).toBe(4);
    // The same job delivered again finds the import done and changes nothing.
    expect(await moduleRef.get(RegisterImportRunner).run(accepted.id)).toBe('skipped');
    const hasher = moduleRef.get(PersonalCodeHasher);
    const last = parsePersonalCode(syntheticPersonalCode(11_999));
    if (!last.ok) {
      throw new Error('fixture');
    }
    expect(await entries().findForPerson(municipalityId, hasher.hash(last.code))).not.toBeNull();
  });

  const entries = () => moduleRef.get(RegisterEntryRepository);

  it('keeps another municipality out: imports are per municipality', async () => {
    const other = (
      await db.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO municipality (slug, name_lv, name_ru, name_en) VALUES ('testpils', 'Testpils', 'Тестпилс', 'Testpils') RETURNING id`,
      )
    )[0].id;
    expect(await entries().countInMunicipality(other)).toBe(0);
    const [imported] = await db.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM register_import WHERE status = 'completed' LIMIT 1`,
    );
    await expect(uploads.get({ ...admin, municipalityId: other }, imported.id)).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
