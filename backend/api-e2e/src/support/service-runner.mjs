// Runs one throw-away service from tools/infra (redis or postgres) in a process of its own, so a
// CommonJS jest test can start, stop and restart it. Prints one JSON line when it accepts
// connections; stops the service on SIGTERM, or when the test process goes away (stdin closes), so
// a crashed test run leaves no server behind.
import { startEmbeddedPostgres } from '../../../../tools/infra/postgres.mjs';
import { startRedis } from '../../../../tools/infra/redis.mjs';

const [kind, dir, port] = process.argv.slice(2);
const service =
  kind === 'redis'
    ? await startRedis({ dir, port: Number(port) })
    : await startEmbeddedPostgres({ dataDir: dir, port: Number(port) });
process.stdout.write(`${JSON.stringify({ url: service.url, adminUrl: service.adminUrl ?? null })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await service.stop();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
