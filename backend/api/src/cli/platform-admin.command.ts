import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformAdminBootstrapService, PlatformAdminRefusedError } from '@balss/domains/identity';
import { CommandFailedError, type Print } from './command-failed';

/** `--email <address>` or `--email=<address>`, nothing else; undefined is a usage error (exit 2). */
export function parseEmailOption(args: string[]): string[] | undefined {
  const [first, second, ...rest] = args;
  const email = first?.startsWith('--email=') ? first.slice('--email='.length) : first === '--email' ? second : undefined;
  const extra = first?.startsWith('--email=') ? [second, ...rest].filter((arg) => arg !== undefined) : rest;
  return email && email.includes('@') && extra.length === 0 ? [email] : undefined;
}

/**
 * Promotes an existing, verified account to platform administrator. No password is ever read here:
 * the person registers and verifies on the site first (see PlatformAdminBootstrapService).
 */
export async function createPlatformAdminCommand(app: INestApplicationContext, print: Print, [email]: string[]): Promise<void> {
  if (await app.get(DataSource).showMigrations()) {
    throw new CommandFailedError('The database has pending migrations. Run `npm run db:migrate` first.');
  }
  try {
    const { outcome } = await app.get(PlatformAdminBootstrapService).grant(email ?? '');
    print(
      outcome === 'granted'
        ? `${email} is now a platform administrator (recorded in the audit trail).`
        : `${email} already is a platform administrator; nothing changed.`,
    );
  } catch (error) {
    if (error instanceof PlatformAdminRefusedError) {
      throw new CommandFailedError(error.message);
    }
    throw error;
  }
}
