// Development helper: starts a throw-away PostgreSQL and Redis on free loopback ports and prints the
// variables the medium and e2e tests read. Stops both on Ctrl-C. `npm test` does this by itself.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { freePort } from './ports.mjs';
import { startEmbeddedPostgres } from './postgres.mjs';
import { startRedis } from './redis.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balss-dev-'));
fs.chmodSync(dir, 0o755); // as root, PostgreSQL runs as "postgres" and must be able to enter it
fs.chmodSync(dir, 0o755); // as root, PostgreSQL runs as user "postgres", which must be able to enter it
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort() });
const redis = await startRedis({ dir: path.join(dir, 'redis'), port: await freePort() });
console.log(`export TEST_DATABASE_URL=${pg.adminUrl}`);
console.log(`export TEST_REDIS_URL=${redis.url}`);
console.log(`export DATABASE_URL=${pg.url}`);
console.log(`export REDIS_URL=${redis.url}`);
const stop = async () => {
  await Promise.allSettled([pg.stop(), redis.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
