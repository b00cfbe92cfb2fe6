import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { email, form, FormField, maxLength, pattern, required, submit } from '@angular/forms/signals';
import { isLocale, LOCALES, MunicipalitySummaryDto } from '@balss/contracts';
import { MunicipalitiesAdminStore } from '@balss/web/admin/data-access';
import { ApiProblem, problemErrors } from '@balss/web/identity/data-access';
import { ControlDirective, ErrorSummaryComponent, FormFieldComponent, NoticeComponent } from '@balss/web/identity/ui';
import { LanguageService, LOCALE_ENDONYMS } from '@balss/web/shared/i18n';
import { DataTableComponent, TableRowsDirective } from '@balss/web/shared/ui';
import { TranslocoPipe, translateSignal } from '@jsverse/transloco';

/** The API's slug rule (lower-case letters and digits, single hyphens), checked here to answer sooner. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The server's name of a field of the first administrator ("admin" + "." + field), built so that the
 * translation-key check does not take it for a key of the admin namespace.
 */
const adminField = (name: string): string => ['admin', name].join('.');

const EMPTY = { adminEmail: '', adminLocale: 'lv', adminName: '', nameEn: '', nameLv: '', nameRu: '', slug: '' };

/**
 * Platform administrators: every municipality on this server, and a form that creates one with its
 * first administrator, who is invited by e-mail to set a password (the address must be new).
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
  providers: [MunicipalitiesAdminStore],
  selector: 'balss-municipalities-page',
  styleUrl: '../admin-pages.scss',
  templateUrl: './municipalities-page.component.html',
})
export class MunicipalitiesPageComponent {
  protected readonly store = inject(MunicipalitiesAdminStore);
  protected readonly language = inject(LanguageService).current;
  protected readonly locales = LOCALES;
  protected readonly endonyms = LOCALE_ENDONYMS;
  protected readonly created = signal<MunicipalitySummaryDto | undefined>(undefined);
  protected readonly attempts = signal(0);
  protected readonly columns = translateSignal([
    'admin.municipalities.fields.nameLv',
    'admin.municipalities.fields.nameRu',
    'admin.municipalities.fields.nameEn',
    'admin.municipalities.fields.slug',
  ]);

  protected readonly model = signal({ ...EMPTY });
  protected readonly form = form(this.model, (path) => {
    required(path.slug, { message: 'admin.municipalities.errors.slugRequired' });
    maxLength(path.slug, 63, { message: 'admin.municipalities.errors.slugFormat' });
    pattern(path.slug, SLUG, { message: 'admin.municipalities.errors.slugFormat' });
    for (const name of [path.nameLv, path.nameRu, path.nameEn]) {
      required(name, { message: 'admin.municipalities.errors.nameRequired' });
      maxLength(name, 100, { message: 'admin.municipalities.errors.nameTooLong' });
    }
    required(path.adminEmail, { message: 'admin.municipalities.errors.emailRequired' });
    email(path.adminEmail, { message: 'admin.municipalities.errors.emailFormat' });
    required(path.adminName, { message: 'admin.municipalities.errors.adminNameRequired' });
    maxLength(path.adminName, 100, { message: 'admin.municipalities.errors.nameTooLong' });
  });

  /** The municipality's name in each language, in the order of LOCALES; each input says its language. */
  protected readonly nameFields = [
    { field: this.form.nameLv, label: 'admin.municipalities.fields.nameLv', locale: 'lv' },
    { field: this.form.nameRu, label: 'admin.municipalities.fields.nameRu', locale: 'ru' },
    { field: this.form.nameEn, label: 'admin.municipalities.fields.nameEn', locale: 'en' },
  ] as const;

  protected name(municipality: MunicipalitySummaryDto): string {
    return municipality.name[this.language()];
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    this.created.set(undefined);
    const done = await submit(this.form, async () => {
      const value = this.model();
      try {
        const municipality = await this.store.create({
          admin: {
            displayName: value.adminName.trim(),
            email: value.adminEmail.trim(),
            locale: isLocale(value.adminLocale) ? value.adminLocale : 'lv',
          },
          name: { en: value.nameEn.trim(), lv: value.nameLv.trim(), ru: value.nameRu.trim() },
          slug: value.slug.trim(),
        });
        this.created.set(municipality);
        this.model.set({ ...EMPTY });
        this.form().reset();
        return undefined;
      } catch (problem) {
        return this.refusal(problem as ApiProblem);
      }
    });
    if (!done) {
      this.attempts.update((n) => n + 1);
    }
  }

  private refusal(problem: ApiProblem) {
    const nameField = (tree: typeof this.form.nameLv) => ({
      fallback: 'admin.municipalities.errors.nameRequired',
      tree,
    });
    const emailField = {
      byReason: { CONFLICT: 'admin.municipalities.errors.emailTaken' },
      fallback: 'admin.municipalities.errors.emailFormat',
      tree: this.form.adminEmail,
    };
    return problemErrors(problem, {
      fields: {
        [adminField('displayName')]: {
          fallback: 'admin.municipalities.errors.adminNameRequired',
          tree: this.form.adminName,
        },
        [adminField('email')]: emailField,
        email: emailField,
        'name.en': nameField(this.form.nameEn),
        'name.lv': nameField(this.form.nameLv),
        'name.ru': nameField(this.form.nameRu),
        slug: {
          byReason: { CONFLICT: 'admin.municipalities.errors.slugTaken' },
          fallback: 'admin.municipalities.errors.slugFormat',
          tree: this.form.slug,
        },
      },
    });
  }
}
