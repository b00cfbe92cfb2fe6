/**
 * Operator commands, bundled next to main.js:
 * `node dist/backend/api/cli.js migrate|seed|create-platform-admin --email <address>`.
 * Exit codes: 0 done, 1 failed (database unreachable, migration error, pending migrations),
 * 2 usage error, 3 invalid configuration. Messages go to stdout, problems to stderr.
 */
import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InvalidConfigError } from '@balss/platform/config';
import { MigrateCliModule, PlatformAdminCliModule, SeedCliModule } from './cli/cli.modules';
import { CommandFailedError, migrateCommand, type Print, seedCommand } from './cli/commands';
import { createPlatformAdminCommand, parseEmailOption } from './cli/platform-admin.command';

interface Command {
  module: Type;
  /** Checks the arguments before anything connects; returns what `run` gets, or undefined for a usage error. */
  parse: (args: string[]) => string[] | undefined;
  run: (app: INestApplicationContext, print: Print, args: string[]) => Promise<void>;
  usage: string;
  summary: string;
}

const noArguments = (args: string[]) => (args.length === 0 ? [] : undefined);

const COMMANDS: Record<string, Command> = {
  migrate: { module: MigrateCliModule, parse: noArguments, run: migrateCommand, usage: 'migrate', summary: 'apply pending database migrations' },
  seed: {
    module: SeedCliModule,
    parse: noArguments,
    run: seedCommand,
    usage: 'seed',
    summary: 'load reference data (Daugavpils and its 25 apkaimes); idempotent',
  },
  'create-platform-admin': {
    module: PlatformAdminCliModule,
    parse: parseEmailOption,
    run: createPlatformAdminCommand,
    usage: 'create-platform-admin --email <address>',
    summary: 'make an existing, verified account a platform administrator; idempotent, audited',
  },
};

const print: Print = (line) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv[0] ?? ''];
  const args = command?.parse(argv.slice(1));
  if (!command || !args) {
    process.stderr.write(`Usage: node dist/backend/api/cli.js <command>\n`);
    for (const { usage, summary } of Object.values(COMMANDS)) {
      process.stderr.write(`  ${usage.padEnd(40)} ${summary}\n`);
    }
    return 2;
  }
  let app;
  try {
    app = await NestFactory.createApplicationContext(command.module, {
      abortOnError: false,
      logger: ['error', 'warn'],
    });
    await command.run(app, print, args);
    return 0;
  } catch (error) {
    return report(error);
  } finally {
    await app?.close();
  }
}

function report(error: unknown): number {
  if (error instanceof InvalidConfigError) {
    process.stderr.write(`${error.message}\n`);
    return 3;
  }
  if (error instanceof CommandFailedError) {
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') {
    process.stderr.write(`Cannot reach PostgreSQL (${String(code)}). Is it running, and is DATABASE_URL right?\n`);
    return 1;
  }
  process.stderr.write(`Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(report(error)),
);
