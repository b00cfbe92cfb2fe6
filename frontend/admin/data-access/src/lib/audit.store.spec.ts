import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuditEventDto, Page } from '@balss/contracts';
import { AUDIT_SCOPE, AuditStore } from './audit.store';

const PAGE: Page<AuditEventDto> = {
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
  total: 120,
};

describe('AuditStore', () => {
  let http: HttpTestingController;
  const settle = () => TestBed.inject(ApplicationRef).whenStable();

  function start(providers: Provider[] = []): AuditStore {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), AuditStore, ...providers] });
    const store = TestBed.inject(AuditStore);
    http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    return store;
  }

  afterEach(() => http.verify());

  it("reads the municipality's trail by default, pages and filters by action from page one", async () => {
    const store = start();
    expect(store.scope).toBe('municipality');
    http.expectOne('/api/audit?page=1&pageSize=50').flush(PAGE);
    await settle();
    expect(store.pageCount()).toBe(3);

    store.showPage(2);
    TestBed.tick();
    http.expectOne('/api/audit?page=2&pageSize=50').flush({ ...PAGE, page: 2 });
    await settle();

    store.showAction('role.granted');
    TestBed.tick();
    http.expectOne('/api/audit?page=1&pageSize=50&action=role.granted').flush({ ...PAGE, total: 1 });
    await settle();
    expect(store.pageCount()).toBe(1);
  });

  it('reads the platform trail (events of no municipality) when the route asks for it', async () => {
    const store = start([{ provide: AUDIT_SCOPE, useValue: 'platform' }]);
    expect(store.scope).toBe('platform');
    http.expectOne('/api/platform/audit?page=1&pageSize=50').flush(PAGE);
    await settle();
    expect(store.page()?.items[0].actorUserId).toBeNull();

    store.showAction('auth.sign-in-failed');
    TestBed.tick();
    http.expectOne('/api/platform/audit?page=1&pageSize=50&action=auth.sign-in-failed').flush(PAGE);
    await settle();
  });
});
