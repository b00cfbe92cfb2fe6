import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformAdminBootstrapService, PlatformAdminRefusedError } from '@balss/domains/identity';
import { CommandFailedError } from './command-failed';
import { createPlatformAdminCommand, parseEmailOption } from './platform-admin.command';

describe('parseEmailOption', () => {
  it('takes --email <address> and --email=<address>', () => {
    expect(parseEmailOption(['--email', 'ops@example.lv'])).toEqual(['ops@example.lv']);
    expect(parseEmailOption(['--email=ops@example.lv'])).toEqual(['ops@example.lv']);
  });

  it('refuses a missing or non-address value and anything extra', () => {
    expect(parseEmailOption([])).toBeUndefined();
    expect(parseEmailOption(['--email'])).toBeUndefined();
    expect(parseEmailOption(['--email', 'ops'])).toBeUndefined();
    expect(parseEmailOption(['ops@example.lv'])).toBeUndefined();
    expect(parseEmailOption(['--email', 'ops@example.lv', '--password', 'x'])).toBeUndefined();
    expect(parseEmailOption(['--email=ops@example.lv', 'x'])).toBeUndefined();
  });
});

describe('createPlatformAdminCommand', () => {
  const grant = jest.fn();
  const showMigrations = jest.fn();
  const app = {
    get: (token: unknown) => (token === DataSource ? { showMigrations } : token === PlatformAdminBootstrapService ? { grant } : undefined),
  } as unknown as INestApplicationContext;
  const lines: string[] = [];
  const print = (line: string) => lines.push(line);

  beforeEach(() => {
    lines.length = 0;
    grant.mockReset();
    showMigrations.mockResolvedValue(false);
  });

  it('says whether the role was granted or already held', async () => {
    grant.mockResolvedValueOnce({ outcome: 'granted', userId: 'u1' }).mockResolvedValueOnce({ outcome: 'already-held', userId: 'u1' });
    await createPlatformAdminCommand(app, print, ['ops@example.lv']);
    await createPlatformAdminCommand(app, print, ['ops@example.lv']);
    expect(grant).toHaveBeenCalledWith('ops@example.lv');
    expect(lines).toEqual([
      'ops@example.lv is now a platform administrator (recorded in the audit trail).',
      'ops@example.lv already is a platform administrator; nothing changed.',
    ]);
  });

  it('turns a refusal into a failed command with its message (exit 1)', async () => {
    grant.mockRejectedValue(new PlatformAdminRefusedError('There is no account with the address ops@example.lv.'));
    await expect(createPlatformAdminCommand(app, print, ['ops@example.lv'])).rejects.toThrow(
      new CommandFailedError('There is no account with the address ops@example.lv.'),
    );
  });

  it('refuses to run on a database with pending migrations', async () => {
    showMigrations.mockResolvedValue(true);
    await expect(createPlatformAdminCommand(app, print, ['ops@example.lv'])).rejects.toBeInstanceOf(CommandFailedError);
    expect(grant).not.toHaveBeenCalled();
  });
});
