import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import {
  REGISTER_CSV_HEADER,
  REGISTER_IMPORT_MAX_BYTES,
  RegisterImportDto,
  RegisterImportErrorDto,
  RegisterImportRejectionDetails,
} from '@balss/contracts';
import { RegisterImportStore } from '@balss/web/admin/data-access';
import { ApiProblem, problemText } from '@balss/web/identity/data-access';
import { ControlDirective, FormFieldComponent, NoticeComponent } from '@balss/web/identity/ui';
import { LanguageService } from '@balss/web/shared/i18n';
import { DataTableComponent, TableRowsDirective } from '@balss/web/shared/ui';
import { TranslocoPipe, translateSignal } from '@jsverse/transloco';
import { lineErrorKey, PHASE_KEYS, STATUS_KEYS } from './register-texts';

interface Rejection {
  errorCount: number;
  /** The listed errors as table rows: a line may have several, so the row id is the position. */
  rows: readonly (RegisterImportErrorDto & { readonly id: string })[];
}

/**
 * Importing the voter register: choose the CSV, send it, and watch the worker's progress (the
 * page asks every second). A file with bad lines is refused whole, with every line listed; nothing
 * of it is written. Screen readers hear phase changes, not every percent.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ControlDirective, DataTableComponent, FormFieldComponent, NoticeComponent, TableRowsDirective, TranslocoPipe],
  providers: [RegisterImportStore],
  selector: 'balss-register-import-page',
  styleUrl: '../admin-pages.scss',
  templateUrl: './register-import-page.component.html',
})
export class RegisterImportPageComponent {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LanguageService).current;

  protected readonly store = inject(RegisterImportStore);
  protected readonly header = REGISTER_CSV_HEADER.join(';');
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly phaseKeys = PHASE_KEYS;
  protected readonly lineErrorKey = lineErrorKey;
  protected readonly rejectedColumns = translateSignal([
    'admin.register.rejected.line',
    'admin.register.rejected.column',
    'admin.register.rejected.problem',
  ]);
  protected readonly historyColumns = translateSignal([
    'admin.register.history.file',
    'admin.register.history.status',
    'admin.register.history.rows',
    'admin.register.history.started',
    'admin.register.history.finished',
  ]);
  protected readonly file = signal<File | undefined>(undefined);
  protected readonly fileError = signal<string | undefined>(undefined);
  protected readonly fileErrors = computed(() => {
    const key = this.fileError();
    return key ? [key] : [];
  });
  protected readonly uploading = signal(false);
  protected readonly problem = signal<string | undefined>(undefined);
  protected readonly rejection = signal<Rejection | undefined>(undefined);
  /** What the live region says: the phase and the final outcome, not every percent. */
  protected readonly announcement = computed(() => {
    const current = this.store.current();
    if (!current) {
      return undefined;
    }
    return current.status === 'completed' || current.status === 'failed'
      ? STATUS_KEYS[current.status]
      : PHASE_KEYS[current.progress.phase];
  });

  protected number(value: number | null | undefined): string {
    return new Intl.NumberFormat(this.locale()).format(value ?? 0);
  }

  protected formatTime(iso: string | null): string {
    return iso
      ? new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
      : '';
  }

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0]);
    this.fileError.set(undefined);
    this.problem.set(undefined);
    this.rejection.set(undefined);
  }

  protected async upload(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.file();
    this.problem.set(undefined);
    this.rejection.set(undefined);
    if (!file || file.size > REGISTER_IMPORT_MAX_BYTES) {
      this.fileError.set(file ? 'admin.register.errors.tooLarge' : 'admin.register.errors.noFile');
      // The message is tied to the file input (aria-describedby): take the reader there.
      afterNextRender(() => this.document.getElementById('register-file')?.focus(), { injector: this.injector });
      return;
    }
    this.fileError.set(undefined);
    this.uploading.set(true);
    try {
      await this.store.upload(file, file.name);
    } catch (problem) {
      this.explain(problem as ApiProblem);
    } finally {
      this.uploading.set(false);
    }
  }

  protected rowsText(item: RegisterImportDto): Record<string, string | number> {
    return {
      percent: item.progress.percent,
      processed: this.number(item.progress.processedRows),
      total: this.number(item.progress.totalRows),
    };
  }

  private explain(problem: ApiProblem): void {
    const details = problem.details as Partial<RegisterImportRejectionDetails> | undefined;
    if (problem.status === 422 && Array.isArray(details?.errors)) {
      const errors = details.errors;
      this.rejection.set({
        errorCount: details.errorCount ?? errors.length,
        rows: errors.map((error, index) => ({ ...error, id: String(index) })),
      });
      return;
    }
    this.problem.set(problemText(problem, { codes: { PAYLOAD_TOO_LARGE: 'admin.register.errors.tooLarge' } }).message);
  }
}
