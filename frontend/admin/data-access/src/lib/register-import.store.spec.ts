import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RegisterImportDto } from '@balss/contracts';
import { IMPORT_POLL_MS, RegisterImportStore } from './register-import.store';

function anImport(overrides: Partial<RegisterImportDto>): RegisterImportDto {
  return {
    byteSize: 120,
    createdAt: '2026-11-22T10:00:00Z',
    errorCount: 0,
    errors: [],
    failureReason: null,
    fileName: 'register.csv',
    finishedAt: null,
    id: 'i1',
    progress: { percent: 0, phase: 'queued', processedRows: 0, totalRows: 0 },
    replacedRows: null,
    rowCount: null,
    startedAt: null,
    status: 'queued',
    ...overrides,
  };
}

describe('RegisterImportStore', () => {
  let store: RegisterImportStore;
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RegisterImportStore],
    });
    store = TestBed.inject(RegisterImportStore);
    http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectOne('/api/register/imports').flush([]);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('sends the file as text/csv and follows the import until it completes', async () => {
    const file = new Blob(['personal_code;birth_date\n'], { type: 'text/csv' });
    const uploading = store.upload(file, 'register.csv');
    const upload = http.expectOne((request) => request.url === '/api/register/imports' && request.method === 'POST');
    expect(upload.request.headers.get('Content-Type')).toBe('text/csv');
    expect(upload.request.params.get('fileName')).toBe('register.csv');
    expect(upload.request.body).toBe(file);
    upload.flush(anImport({}), { status: 202, statusText: 'Accepted' });
    await uploading;
    expect(store.running()).toBe(true);

    await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
    http.expectOne('/api/register/imports/i1').flush(
      anImport({
        progress: { percent: 40, phase: 'writing', processedRows: 40_000, totalRows: 100_000 },
        status: 'importing',
      }),
    );
    await jest.advanceTimersByTimeAsync(0);
    expect(store.current()?.progress.percent).toBe(40);

    await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
    http.expectOne('/api/register/imports/i1').flush(
      anImport({
        progress: { percent: 100, phase: 'done', processedRows: 100_000, totalRows: 100_000 },
        rowCount: 100_000,
        status: 'completed',
      }),
    );
    await jest.advanceTimersByTimeAsync(0);
    TestBed.tick();

    expect(store.running()).toBe(false);
    // Done: the history is read again, and nobody polls any more.
    http.expectOne('/api/register/imports').flush([]);
    await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS * 3);
    http.expectNone('/api/register/imports/i1');
  });

  it('keeps polling through a dropped request and says so meanwhile', async () => {
    store.follow(anImport({ status: 'importing' }));

    await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
    http.expectOne('/api/register/imports/i1').error(new ProgressEvent('error'), { status: 0 });
    await jest.advanceTimersByTimeAsync(0);
    expect(store.pollProblem()?.code).toBe('NETWORK');

    await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
    http.expectOne('/api/register/imports/i1').flush(anImport({ status: 'failed' }));
    await jest.advanceTimersByTimeAsync(0);
    TestBed.tick();
    expect(store.pollProblem()).toBeUndefined();
    http.expectOne('/api/register/imports').flush([]);
  });

  it('stops polling when the page closes', async () => {
    store.follow(anImport({ status: 'importing' }));
    TestBed.resetTestingModule();

    await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS * 3);
    expect(jest.getTimerCount()).toBe(0);
  });
});
