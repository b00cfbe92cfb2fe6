import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROLES } from '@balss/contracts';
import { checkPassword } from '../crypto/password-policy';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

describe('demo accounts', () => {
  it('cover every role in Daugavpils, plus an administrator elsewhere', () => {
    const daugavpils = DEMO_ACCOUNTS.filter((a) => a.municipality === 'daugavpils').map((a) => a.role);
    expect([...daugavpils].sort()).toEqual([...ROLES].sort());
    expect(DEMO_ACCOUNTS.filter((a) => a.municipality !== 'daugavpils').map((a) => a.role)).toEqual(['admin']);
  });

  it('use a password the real policy accepts for each of them', () => {
    for (const account of DEMO_ACCOUNTS) {
      expect(() => checkPassword(DEMO_PASSWORD, account)).not.toThrow();
    }
  });

  it('are exactly the logins npm start prints (tools/start/demo-logins.json)', () => {
    const file = path.resolve(__dirname, '../../../../../../tools/start/demo-logins.json');
    const printed = (JSON.parse(fs.readFileSync(file, 'utf8')) as { logins: Array<Record<string, string>> }).logins;
    expect(printed.map(({ role, login, password }) => ({ role, login, password }))).toEqual(
      DEMO_ACCOUNTS.map((a) => ({ role: a.role, login: a.email, password: DEMO_PASSWORD })),
    );
  });
});
