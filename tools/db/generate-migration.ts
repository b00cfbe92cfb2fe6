/**
 * `npm run db:generate <VerbNoun>` — writes a migration for whatever the entities declare that the
 * migrations do not yet create, then appends it to the migrations index.
 *
 * tsx needs the workspace's path aliases and legacy decorators (TypeORM's) to load entity files, but
 * the npm script starts it without a tsconfig; so this launcher re-runs the real script with
 * tools/db/tsconfig.json.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/tsx/dist/cli.mjs'),
    '--tsconfig',
    path.join(__dirname, 'tsconfig.json'),
    path.join(__dirname, 'generate-migration.main.ts'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
