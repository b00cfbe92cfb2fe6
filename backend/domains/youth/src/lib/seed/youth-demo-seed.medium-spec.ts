import { Global, type INestApplicationContext, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { normaliseYouthCode } from '@balss/contracts';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { buildDataSourceOptions } from '@balss/platform/database';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { DEMO_YOUTH_CODES, YouthDemoSeedService } from './youth-demo-seed.service';
import { YouthSeedModule } from './youth-seed.module';

@Global()
@Module({})
class TestConfigModule {
  static with(config: AppConfig) {
    return { module: TestConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

describe('youth demo seed (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  const count = async (sql: string) => Number((await db.dataSource.query(sql))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:1', DEMO_MODE: 'true' });
    const moduleRef = await Test.createTestingModule({
      imports: [TestConfigModule.with(config), TypeOrmModule.forRoot({ ...buildDataSourceOptions(db.url), autoLoadEntities: true }), YouthSeedModule],
    }).compile();
    app = await moduleRef.init();
    const [m] = await db.dataSource.query(`INSERT INTO municipality (slug, name_lv, name_ru, name_en) VALUES ('daugavpils', 'Daugavpils', 'Даугавпилс', 'Daugavpils') RETURNING id`);
    await db.dataSource.query(
      `INSERT INTO app_user (municipality_id, email, display_name, locale) VALUES ($1, 'youth@daugavpils.balss.example', 'Jaunietis K.', 'lv'), ($1, 'mentor@daugavpils.balss.example', 'Mārtiņš', 'lv')`,
      [m.id],
    );
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('prints a Daugavpils batch with unused codes and a 15-year-old confirmed by the demo mentor, once', async () => {
    const seed = app.get(YouthDemoSeedService);
    expect(await seed.seed()).toEqual({ batch: 'created', youth: 'created' });
    expect(await seed.seed()).toEqual({ batch: 'unchanged', youth: 'unchanged' });
    expect(await count(`SELECT count(*) AS n FROM youth_code_batch`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM youth_code WHERE redeemed_at IS NULL`)).toBe(DEMO_YOUTH_CODES.length - 1);
    const [youth] = await db.dataSource.query(
      `SELECT date_part('year', age(current_date, p.birth_date)) AS age, i.state, i.adult_name
         FROM youth_profile p JOIN adult_invitation i ON i.youth_user_id = p.user_id
         JOIN app_user m ON m.id = i.mentor_user_id WHERE m.email = 'mentor@daugavpils.balss.example'`,
    );
    expect(youth).toEqual({ age: 15, state: 'confirmed', adult_name: null });
  });

  it('prints codes that are valid codes', () => {
    for (const code of DEMO_YOUTH_CODES) {
      expect(normaliseYouthCode(code)).toBe(code);
    }
  });
});
