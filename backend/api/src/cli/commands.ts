import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MunicipalitySeedService } from '@balss/domains/municipality';
import { runMigrations } from '@balss/platform/database';

export type Print = (line: string) => void;

/** Thrown when the command cannot do its job for a reason the operator can fix; exits 1. */
export class CommandFailedError extends Error {}

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
}
