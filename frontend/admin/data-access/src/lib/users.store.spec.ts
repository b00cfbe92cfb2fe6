import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Page, UserSummaryDto } from '@balss/contracts';
import { UsersStore } from './users.store';

const PAGE: Page<UserSummaryDto> = {
  items: [
    {
      createdAt: '2026-11-22T10:00:00Z',
      displayName: 'Anna',
      email: 'anna@example.lv',
      emailVerified: true,
      erasedAt: null,
      id: 'u1',
      roles: ['resident'],
    },
  ],
  page: 1,
  pageSize: 25,
  total: 51,
};

describe('UsersStore', () => {
  let store: UsersStore;
  let http: HttpTestingController;
  const settle = () => TestBed.inject(ApplicationRef).whenStable();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), UsersStore] });
    store = TestBed.inject(UsersStore);
    http = TestBed.inject(HttpTestingController);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  it('reads a page of users and filters by role from page one', async () => {
    http.expectOne('/api/users?page=1&pageSize=25').flush(PAGE);
    await settle();
    expect(store.pageCount()).toBe(3);

    store.showPage(3);
    TestBed.tick();
    http.expectOne('/api/users?page=3&pageSize=25').flush({ ...PAGE, page: 3 });
    await settle();

    store.showRole('admin');
    TestBed.tick();
    http.expectOne('/api/users?page=1&pageSize=25&role=admin').flush({ ...PAGE, total: 1 });
    await settle();
    expect(store.pageCount()).toBe(1);
  });

  it('grants and revokes a role, then reads the page again', async () => {
    http.expectOne('/api/users?page=1&pageSize=25').flush(PAGE);
    await settle();

    const granting = store.grant('u1', 'reviewer');
    const put = http.expectOne('/api/users/u1/roles/reviewer');
    expect(put.request.method).toBe('PUT');
    put.flush(null, { status: 204, statusText: 'No Content' });
    await granting;
    TestBed.tick();
    http.expectOne('/api/users?page=1&pageSize=25').flush(PAGE);
    await settle();

    const revoking = store.revoke('u1', 'admin');
    http
      .expectOne('/api/users/u1/roles/admin')
      .flush(
        { code: 'RULE_VIOLATED', details: { reason: 'LAST_ADMIN' }, message: 'x' },
        { status: 422, statusText: 'x' },
      );
    await expect(revoking).rejects.toMatchObject({ reason: 'LAST_ADMIN' });
  });
});
