import { AuditEventDto, CurrentUserDto, Page } from '@balss/contracts';
import { PageHarness } from '@balss/web/shared/testing';
import { adminRoutes } from '../admin.routes';

const PLATFORM_ADMIN: CurrentUserDto = {
  authMethod: 'password',
  credential: 'session',
  displayName: 'Platform',
  emailVerified: true,
  id: 'p1',
  locale: 'lv',
  municipality: { id: 'm1', slug: 'daugavpils' },
  permissions: ['account:read-own', 'municipalities:create', 'audit:read-platform'],
  roles: ['platform_admin'],
  signedInAt: null,
};

const FAILED_SIGN_IN: Page<AuditEventDto> = {
  items: [
    {
      action: 'auth.sign-in-failed',
      actorUserId: null,
      at: '2026-11-22T08:00:00Z',
      details: { reason: 'unknown-account' },
      id: 'e1',
      ipPrefix: '203.0.113.0/24',
      outcome: 'failure',
      targetId: null,
      targetType: null,
    },
  ],
  page: 1,
  pageSize: 50,
  total: 1,
};

describe('AuditPageComponent on the platform trail', () => {
  let t: PageHarness;

  beforeEach(async () => {
    t = await PageHarness.create([{ children: adminRoutes, path: 'admin' }]);
    const navigation = t.harness.navigateByUrl('/admin/platform-audit');
    (await t.request('/api/me')).flush(PLATFORM_ADMIN);
    (await t.request('/api/platform/audit?page=1&pageSize=50')).flush(FAILED_SIGN_IN);
    await navigation;
    await t.settle();
  });

  afterEach(() => t.http.verify());

  it('names the platform trail and lists its events of no municipality', () => {
    expect(t.text('h1')).toBe('admin.audit.platformHeading');
    expect(t.text('.lead')).toBe('admin.audit.platformLead');
    const cells = Array.from(t.page.querySelectorAll('tbody tr > *')).map((cell) => cell.textContent?.trim());
    expect(cells.slice(1, 4)).toEqual(['admin.audit.actions.signInFailed', 'admin.audit.failure', '']);
    expect(cells.at(-1)).toBe('reason: unknown-account');
  });
});
