import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DemoSeedRefusedError, IdentityDemoSeedService } from '@balss/domains/identity';
import { EidDemoSeedService } from '@balss/domains/eid';
import { MunicipalitySeedService } from '@balss/domains/municipality';
import { RegisterDemoSeedService } from '@balss/domains/voter-register';
import { DEMO_YOUTH_CODES, YouthDemoSeedService } from '@balss/domains/youth';
import { runMigrations } from '@balss/platform/database';
import { CommandFailedError, type Print } from './command-failed';

export { CommandFailedError, type Print } from './command-failed';

export async function migrateCommand(app: INestApplicationContext, print: Print): Promise<void> {
  const { applied } = await runMigrations(app.get(DataSource));
  if (applied.length === 0) {
    print('Database schema is up to date; no migrations to apply.');
    return;
  }
  for (const name of applied) {
    print(`Applied migration ${name}`);
  }
  print(`Done: ${applied.length} migration(s) applied.`);
}

export async function seedCommand(app: INestApplicationContext, print: Print): Promise<void> {
  if (await app.get(DataSource).showMigrations()) {
    throw new CommandFailedError('The database has pending migrations. Run `npm run db:migrate` first.');
  }
  const outcome = await app.get(MunicipalitySeedService).seedDaugavpils();
  const { created, updated, unchanged } = outcome.neighbourhoods;
  print(
    `Seeded daugavpils: municipality ${outcome.municipality}; neighbourhoods ${created} created, ` +
      `${updated} updated, ${unchanged} unchanged.`,
  );
  await seedDemoAccounts(app, print);
  await seedDemoEidAndRegister(app, print);
  await seedDemoYouth(app, print);
}

/** Demo mode: a printed youth code batch with unused codes, and the demo youth confirmed by the demo mentor. */
async function seedDemoYouth(app: INestApplicationContext, print: Print): Promise<void> {
  const youth = await app.get(YouthDemoSeedService).seed();
  print(
    'skipped' in youth
      ? 'Demo youth codes: skipped (DEMO_MODE is off).'
      : `Demo youth codes: batch ${youth.batch} (codes to try: ${DEMO_YOUTH_CODES.slice(1).join(', ')}); demo youth ${youth.youth}.`,
  );
}

/** Demo mode: Daugavpils signs in through the loopback e-ID provider, and its demo residents are in the register. */
async function seedDemoEidAndRegister(app: INestApplicationContext, print: Print): Promise<void> {
  const eid = await app.get(EidDemoSeedService).seed();
  print(eid === 'configured' ? 'Demo e-ID: Daugavpils uses the demo provider (EID_DEMO_ISSUER_URL).' : 'Demo e-ID: skipped (needs DEMO_MODE and EID_DEMO_ISSUER_URL).');
  const register = await app.get(RegisterDemoSeedService).seed();
  print(register.outcome === 'skipped' ? 'Demo voter register: skipped (DEMO_MODE is off).' : `Demo voter register: ${register.outcome}, ${register.rows} rows.`);
}

async function seedDemoAccounts(app: INestApplicationContext, print: Print): Promise<void> {
  try {
    const demo = await app.get(IdentityDemoSeedService).seed();
    print('skipped' in demo ? 'Demo accounts: skipped (DEMO_MODE is off).' : `Demo accounts: ${demo.created} created, ${demo.unchanged} already there.`);
  } catch (error) {
    if (error instanceof DemoSeedRefusedError) {
      throw new CommandFailedError(error.message);
    }
    throw error;
  }
}
