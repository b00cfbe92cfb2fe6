import { HttpClient, HttpHeaders, httpResource } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { RegisterImportDto, RegisterRoutes } from '@balss/contracts';
import { ApiProblem, send, toApiProblem } from '@balss/web/identity/data-access';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 1000;

/**
 * Voter register imports: upload a CSV (validated whole; a bad file answers 422 with every bad
 * line), then follow the worker's progress by polling the import until it completes or fails.
 * Provide it in the page: polling stops when the page closes.
 */
@Injectable()
export class RegisterImportStore {
  private readonly http = inject(HttpClient);
  private readonly history = httpResource<RegisterImportDto[]>(() => RegisterRoutes.imports);
  private readonly watched = signal<RegisterImportDto | undefined>(undefined);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watchedId: string | undefined;

  readonly imports = computed<readonly RegisterImportDto[]>(() =>
    this.history.hasValue() ? this.history.value() : [],
  );
  readonly historyProblem = computed<ApiProblem | undefined>(() => {
    const error = this.history.error();
    return error ? toApiProblem(error) : undefined;
  });
  /** The import being followed (the one just uploaded). */
  readonly current = this.watched.asReadonly();
  readonly running = computed(() => {
    const status = this.watched()?.status;
    return status === 'queued' || status === 'importing';
  });
  readonly pollProblem = signal<ApiProblem | undefined>(undefined);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.watchedId = undefined;
      this.stop();
    });
  }

  /** Sends the file as it is (`text/csv`); resolves with the accepted import, rejects with an ApiProblem. */
  async upload(file: Blob, fileName: string): Promise<RegisterImportDto> {
    const accepted = await send(
      this.http.post<RegisterImportDto>(RegisterRoutes.imports, file, {
        headers: new HttpHeaders({ 'Content-Type': 'text/csv' }),
        params: { fileName },
      }),
    );
    this.follow(accepted);
    return accepted;
  }

  follow(accepted: RegisterImportDto): void {
    this.stop();
    this.watchedId = accepted.id;
    this.watched.set(accepted);
    this.pollProblem.set(undefined);
    this.schedule();
  }

  reloadHistory(): void {
    this.history.reload();
  }

  private schedule(): void {
    if (!this.running()) {
      this.history.reload();
      return;
    }
    this.timer = setTimeout(() => void this.poll(), IMPORT_POLL_MS);
  }

  private async poll(): Promise<void> {
    const id = this.watchedId;
    if (!id) {
      return;
    }
    try {
      const latest = await send(this.http.get<RegisterImportDto>(RegisterRoutes.import(id)));
      if (this.watchedId !== id) {
        return;
      }
      this.watched.set(latest);
      this.pollProblem.set(undefined);
    } catch (problem) {
      // A dropped request (network, restart) is retried on the next tick; the page says so meanwhile.
      this.pollProblem.set(problem as ApiProblem);
    }
    this.schedule();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
