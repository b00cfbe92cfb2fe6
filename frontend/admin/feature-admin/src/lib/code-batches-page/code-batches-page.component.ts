import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { form, FormField, max, maxLength, min, required, submit, validate } from '@angular/forms/signals';
import {
  IssuedYouthCodesDto,
  isLocale,
  Locale,
  LOCALES,
  YOUTH_CODE_BATCH_MAX_SIZE,
  YouthCodeBatchDto,
  YouthCodeBatchStatus,
} from '@balss/contracts';
import { calendarDateInZone, formatIsoDate } from '@balss/eligibility';
import { CodeBatchesStore } from '@balss/web/admin/data-access';
import { ApiProblem, problemErrors, problemText } from '@balss/web/identity/data-access';
import { ControlDirective, ErrorSummaryComponent, FormFieldComponent, NoticeComponent } from '@balss/web/identity/ui';
import { LanguageService, LOCALE_ENDONYMS } from '@balss/web/shared/i18n';
import { DataTableComponent, TableRowsDirective } from '@balss/web/shared/ui';
import { TranslocoPipe, translateSignal } from '@jsverse/transloco';

const STATUS_KEYS: Readonly<Record<YouthCodeBatchStatus, string>> = {
  active: 'admin.codes.status.active',
  expired: 'admin.codes.status.expired',
  revoked: 'admin.codes.status.revoked',
};

type Outcome = { tone: 'error' | 'success'; message: string; params?: Record<string, unknown> };

/**
 * Youth code batches: issue one for a school or youth centre, print its sheet (within a day of
 * issue; the key lives only in this page), re-issue unused codes, revoke a batch.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ControlDirective,
    DataTableComponent,
    ErrorSummaryComponent,
    FormField,
    FormFieldComponent,
    NoticeComponent,
    TableRowsDirective,
    TranslocoPipe,
  ],
  providers: [CodeBatchesStore],
  selector: 'balss-code-batches-page',
  styleUrl: '../admin-pages.scss',
  templateUrl: './code-batches-page.component.html',
})
export class CodeBatchesPageComponent {
  private readonly document = inject(DOCUMENT);
  private readonly locale = inject(LanguageService).current;

  protected readonly store = inject(CodeBatchesStore);
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly columns = translateSignal([
    'admin.codes.fields.issuer',
    'admin.codes.list.redeemed',
    'admin.codes.fields.expiresOn',
    'admin.codes.list.status',
    'admin.codes.list.actions',
  ]);
  protected readonly locales = LOCALES;
  protected readonly endonyms = LOCALE_ENDONYMS;
  protected readonly maxSize = YOUTH_CODE_BATCH_MAX_SIZE;
  protected readonly today = formatIsoDate(calendarDateInZone(new Date()));
  /** Batches issued or re-issued while this page is open: only these can still be printed. */
  protected readonly issued = signal<Readonly<Record<string, IssuedYouthCodesDto>>>({});
  protected readonly latest = signal<IssuedYouthCodesDto | undefined>(undefined);
  protected readonly confirmingRevoke = signal<string | undefined>(undefined);
  protected readonly outcome = signal<Outcome | undefined>(undefined);
  protected readonly problemKey = computed(() => {
    const problem = this.store.problem();
    return problem ? problemText(problem).message : undefined;
  });

  protected readonly model = signal({ expiresOn: '', issuerName: '', locale: this.locale() as string, size: 30 });
  protected readonly form = form(this.model, (path) => {
    required(path.issuerName, { message: 'admin.codes.errors.issuerRequired' });
    maxLength(path.issuerName, 120, { message: 'admin.codes.errors.issuerTooLong' });
    required(path.size, { message: 'admin.codes.errors.sizeRange' });
    min(path.size, 1, { message: 'admin.codes.errors.sizeRange' });
    max(path.size, YOUTH_CODE_BATCH_MAX_SIZE, { message: 'admin.codes.errors.sizeRange' });
    validate(path.size, ({ value }) =>
      Number.isInteger(value()) ? undefined : { kind: 'integer', message: 'admin.codes.errors.sizeRange' },
    );
    required(path.expiresOn, { message: 'admin.codes.errors.expiresRequired' });
    validate(path.expiresOn, ({ value }) =>
      value() !== '' && value() < this.today ? { kind: 'past', message: 'admin.codes.errors.expiresPast' } : undefined,
    );
  });
  protected readonly attempts = signal(0);

  protected statusKey(batch: YouthCodeBatchDto): string {
    return STATUS_KEYS[batch.status];
  }

  protected formatDay(isoDate: string): string {
    return new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    const created = await submit(this.form, async () => {
      const value = this.model();
      try {
        const locale: Locale | undefined = isLocale(value.locale) ? value.locale : undefined;
        this.remember(
          await this.store.create({
            expiresOn: value.expiresOn,
            issuerName: value.issuerName.trim(),
            size: value.size,
            ...(locale ? { locale } : {}),
          }),
        );
        return undefined;
      } catch (problem) {
        return problemErrors(problem as ApiProblem, {
          fields: {
            expiresOn: { fallback: 'admin.codes.errors.expiresPast', tree: this.form.expiresOn },
            issuerName: { fallback: 'admin.codes.errors.issuerRequired', tree: this.form.issuerName },
            size: { fallback: 'admin.codes.errors.sizeRange', tree: this.form.size },
          },
        });
      }
    });
    if (!created) {
      this.attempts.update((n) => n + 1);
    }
  }

  /**
   * Opens the sheet in a new tab for printing. The tab is opened before the request, inside the
   * click, so pop-up blockers allow it; if one blocks it anyway, the sheet is downloaded instead.
   */
  protected async openSheet(batchId: string): Promise<void> {
    const issued = this.issued()[batchId];
    if (!issued) {
      return;
    }
    const tab = this.document.defaultView?.open('', '_blank');
    try {
      const html = await this.store.sheet(issued);
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      if (tab) {
        tab.location.href = url;
      } else {
        this.download(url, `youth-codes-${batchId}.html`);
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (problem) {
      tab?.close();
      this.outcome.set({
        message: problemText(problem as ApiProblem, {
          reasons: {
            SHEET_KEY_INVALID: 'admin.codes.errors.sheetGone',
            SHEET_NO_LONGER_AVAILABLE: 'admin.codes.errors.sheetGone',
          },
        }).message,
        tone: 'error',
      });
    }
  }

  protected async reissue(batch: YouthCodeBatchDto): Promise<void> {
    try {
      this.remember(await this.store.reissue(batch.id));
    } catch (problem) {
      this.fail(problem as ApiProblem);
    }
  }

  protected async revoke(batch: YouthCodeBatchDto): Promise<void> {
    this.confirmingRevoke.set(undefined);
    try {
      await this.store.revoke(batch.id);
      this.outcome.set({ message: 'admin.codes.revoked', params: { issuer: batch.issuerName }, tone: 'success' });
    } catch (problem) {
      this.fail(problem as ApiProblem);
    }
  }

  private remember(issued: IssuedYouthCodesDto): void {
    this.issued.update((all) => ({ ...all, [issued.batch.id]: issued }));
    this.latest.set(issued);
    this.outcome.set({
      message: 'admin.codes.issued',
      params: { count: issued.codes.length, issuer: issued.batch.issuerName },
      tone: 'success',
    });
  }

  private fail(problem: ApiProblem): void {
    this.outcome.set({
      message: problemText(problem, { reasons: { BATCH_NOT_ACTIVE: 'admin.codes.errors.notActive' } }).message,
      tone: 'error',
    });
  }

  private download(url: string, fileName: string): void {
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    this.document.body.append(link);
    link.click();
    link.remove();
  }
}
