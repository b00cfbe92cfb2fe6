import { CurrentUserDto } from '@balss/contracts';
import { PageHarness } from '@balss/web/shared/testing';
import { adminRoutes } from '../admin.routes';

const ADMIN: CurrentUserDto = {
  authMethod: 'password',
  credential: 'session',
  displayName: 'Admin',
  emailVerified: true,
  id: 'a1',
  locale: 'lv',
  municipality: { id: 'm1', slug: 'daugavpils' },
  permissions: ['account:read-own', 'register:import'],
  roles: ['admin'],
  signedInAt: null,
};

describe('RegisterImportPageComponent', () => {
  let t: PageHarness;

  beforeEach(async () => {
    t = await PageHarness.create([{ children: adminRoutes, path: 'admin' }]);
    const navigation = t.harness.navigateByUrl('/admin/register');
    (await t.request('/api/me')).flush(ADMIN);
    (await t.request('/api/register/imports')).flush([]);
    await navigation;
    await t.settle();
  });

  afterEach(() => t.http.verify());

  function choose(file: File): void {
    const input = t.input('register-file');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
  }

  it('asks for a file at the file field', async () => {
    await t.submit();

    expect(t.text('#register-file-error')).toContain('admin.register.errors.noFile');
    expect(t.input('register-file').getAttribute('aria-describedby')).toBe('register-file-hint register-file-error');
    expect(document.activeElement).toBe(t.input('register-file'));
  });

  it('lists every refused line of a rejected file, nothing written', async () => {
    choose(new File(['personal_code;birth_date\n1;2\n'], 'register.csv', { type: 'text/csv' }));
    await t.submit();
    (await t.request('/api/register/imports?fileName=register.csv')).flush(
      {
        code: 'RULE_VIOLATED',
        details: {
          errorCount: 2,
          errors: [
            { code: 'MALFORMED_PERSONAL_CODE', column: 'personal_code', line: 2 },
            { code: 'DUPLICATE_PERSONAL_CODE', column: 'personal_code', line: 5, otherLines: [9] },
          ],
          importId: 'i1',
        },
        message: 'x',
      },
      { status: 422, statusText: 'x' },
    );
    await t.settle();

    const rows = Array.from(t.page.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['2', 'personal_code', 'admin.register.lineErrors.malformedPersonalCode'],
      ['5', 'personal_code', 'admin.register.lineErrors.duplicatePersonalCode admin.register.rejected.otherLines'],
    ]);
    expect(t.text('[role="alert"] h3')).toBe('admin.register.rejected.heading');
  });
});
