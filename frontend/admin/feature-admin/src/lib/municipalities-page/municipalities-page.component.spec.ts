import { TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CurrentUserDto } from '@balss/contracts';
import { DAUGAVPILS_SUMMARY, PageHarness } from '@balss/web/shared/testing';
import { adminRoutes } from '../admin.routes';

const PLATFORM_ADMIN: CurrentUserDto = {
  authMethod: 'password',
  credential: 'session',
  displayName: 'Platform',
  emailVerified: true,
  id: 'p1',
  locale: 'lv',
  municipality: { id: 'm1', slug: 'daugavpils' },
  permissions: ['account:read-own', 'municipalities:create'],
  roles: ['platform_admin'],
  signedInAt: null,
};

const REZEKNE = { id: 'm2', name: { en: 'Rezekne', lv: 'Rēzekne', ru: 'Резекне' }, slug: 'rezekne' };

describe('MunicipalitiesPageComponent', () => {
  let t: PageHarness;

  beforeEach(async () => {
    t = await PageHarness.create([{ children: adminRoutes, path: 'admin' }]);
    const navigation = t.harness.navigateByUrl('/admin/municipalities');
    (await t.request('/api/me')).flush(PLATFORM_ADMIN);
    (await t.request('/api/municipalities')).flush([DAUGAVPILS_SUMMARY]);
    await navigation;
    await t.settle();
  });

  afterEach(() => t.http.verify());

  /** Submits and waits for the POST (the pending request keeps the page from settling before it). */
  async function submitted(): Promise<TestRequest> {
    t.page.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    for (let attempt = 0; attempt < 20; attempt++) {
      TestBed.tick();
      const [found] = t.http.match({ method: 'POST', url: '/api/municipalities' });
      if (found) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    return t.http.expectOne({ method: 'POST', url: '/api/municipalities' });
  }

  async function fill(slug: string, email = 'ilze@rezekne.lv'): Promise<void> {
    await t.type('municipality-slug', slug);
    await t.type('municipality-name-lv', 'Rēzekne');
    await t.type('municipality-name-ru', 'Резекне');
    await t.type('municipality-name-en', 'Rezekne');
    await t.type('municipality-admin-email', email);
    await t.type('municipality-admin-name', 'Ilze Ozola');
  }

  it('lists the municipalities in all three languages', () => {
    const cells = Array.from(t.page.querySelectorAll('tbody tr > *')).map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['Daugavpils', 'Даугавпилс', 'Daugavpils', 'daugavpils']);
  });

  it('names every missing field and a malformed slug at its field, sending nothing', async () => {
    await t.type('municipality-slug', 'Rēzekne Town');
    await t.submit();

    expect(t.text('#municipality-slug-error')).toContain('admin.municipalities.errors.slugFormat');
    expect(t.text('#municipality-name-lv-error')).toContain('admin.municipalities.errors.nameRequired');
    expect(t.text('#municipality-admin-email-error')).toContain('admin.municipalities.errors.emailRequired');
    expect(t.input('municipality-slug').getAttribute('aria-invalid')).toBe('true');
    expect(t.text('balss-error-summary')).toContain('admin.municipalities.errors.adminNameRequired');
  });

  it('creates the municipality with its first administrator, announces it and reloads the list', async () => {
    await fill('rezekne');
    const post = await submitted();
    expect(post.request.body).toEqual({
      admin: { displayName: 'Ilze Ozola', email: 'ilze@rezekne.lv', locale: 'lv' },
      name: { en: 'Rezekne', lv: 'Rēzekne', ru: 'Резекне' },
      slug: 'rezekne',
    });
    post.flush(REZEKNE, { status: 201, statusText: 'Created' });
    // The list reloads at once; the page settles only once that answer is in.
    (await t.request('/api/municipalities')).flush([DAUGAVPILS_SUMMARY, REZEKNE]);
    await t.settle();

    expect(t.text('[aria-live="polite"]')).toBe('admin.municipalities.created');
    expect(t.page.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(t.input('municipality-slug').value).toBe('');
  });

  it('shows a taken slug and a taken address at their fields', async () => {
    await fill('daugavpils');
    (await submitted()).flush(
      { code: 'CONFLICT', details: { field: 'slug', slug: 'daugavpils' }, message: 'x' },
      { status: 409, statusText: 'x' },
    );
    await t.settle();
    expect(t.text('#municipality-slug-error')).toContain('admin.municipalities.errors.slugTaken');

    await t.type('municipality-slug', 'rezekne');
    (await submitted()).flush(
      { code: 'CONFLICT', details: { field: 'email' }, message: 'x' },
      { status: 409, statusText: 'x' },
    );
    await t.settle();
    expect(t.text('#municipality-admin-email-error')).toContain('admin.municipalities.errors.emailTaken');
    expect(t.text('#municipality-slug-error')).toBe('');
  });
});
