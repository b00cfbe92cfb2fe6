import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { email, form, FormField, maxLength, minLength, required, submit, validate } from '@angular/forms/signals';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { DEFAULT_MUNICIPALITY_SLUG, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@balss/contracts';
import {
  AccountApi,
  ApiProblem,
  MunicipalitiesStore,
  problemErrors,
  safeReturnTo,
} from '@balss/web/identity/data-access';
import {
  ControlDirective,
  ErrorSummaryComponent,
  FormFieldComponent,
  NoticeComponent,
  PASSWORD_REASON_KEYS,
} from '@balss/web/identity/ui';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Creating an account with e-mail and password. The answer is the same whether or not the address
 * already has an account (the API does not reveal who is registered), so the page always says
 * "check your e-mail". E-mails go out in the language the page is in.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ControlDirective,
    ErrorSummaryComponent,
    FormField,
    FormFieldComponent,
    NoticeComponent,
    RouterLink,
    TranslocoPipe,
  ],
  selector: 'balss-register-page',
  styleUrl: '../account-pages.scss',
  templateUrl: './register-page.component.html',
})
export class RegisterPageComponent {
  private readonly account = inject(AccountApi);
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  protected readonly locale = inject(LanguageService).current;
  protected readonly municipalities = inject(MunicipalitiesStore);
  protected readonly returnTo = computed(() => safeReturnTo(this.query().get('returnTo'), '/account/profile'));
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;

  protected readonly model = signal({
    displayName: '',
    email: '',
    municipality: DEFAULT_MUNICIPALITY_SLUG,
    password: '',
  });
  protected readonly form = form(this.model, (path) => {
    required(path.displayName, { message: 'identity.errors.displayNameRequired' });
    validate(path.displayName, ({ value }) =>
      value().trim() === '' && value() !== ''
        ? { kind: 'blank', message: 'identity.errors.displayNameRequired' }
        : null,
    );
    maxLength(path.displayName, 100, { message: 'identity.errors.displayNameTooLong' });
    required(path.email, { message: 'identity.errors.emailRequired' });
    email(path.email, { message: 'identity.errors.emailInvalid' });
    required(path.municipality, { message: 'identity.errors.municipalityRequired' });
    required(path.password, { message: 'identity.errors.passwordRequired' });
    minLength(path.password, PASSWORD_MIN_LENGTH, { message: 'identity.errors.passwordTooShort' });
    maxLength(path.password, PASSWORD_MAX_LENGTH, { message: 'identity.errors.passwordTooLong' });
  });
  protected readonly attempts = signal(0);
  /** The address the link went to, once the account was requested. */
  protected readonly sentTo = signal<string | undefined>(undefined);

  constructor() {
    // Keep the chosen municipality valid once the list arrives (one city in the demo).
    effect(() => {
      const slugs = this.municipalities.municipalities().map((m) => m.slug);
      if (slugs.length > 0 && !slugs.includes(this.form.municipality().value())) {
        this.form.municipality().value.set(slugs[0]);
      }
    });
  }

  protected async register(event: Event): Promise<void> {
    event.preventDefault();
    const done = await submit(this.form, async () => {
      try {
        await this.account.register({ ...this.model(), locale: this.locale() });
        return undefined;
      } catch (problem) {
        return problemErrors(problem as ApiProblem, {
          fields: {
            displayName: { fallback: 'identity.errors.displayNameRequired', tree: this.form.displayName },
            email: {
              byReason: { CONFLICT: 'identity.errors.emailTaken' },
              fallback: 'identity.errors.emailInvalid',
              tree: this.form.email,
            },
            municipality: { fallback: 'identity.errors.municipalityRequired', tree: this.form.municipality },
            password: {
              byReason: PASSWORD_REASON_KEYS,
              fallback: 'identity.errors.passwordWeak',
              tree: this.form.password,
            },
          },
        });
      }
    });
    if (done) {
      this.sentTo.set(this.model().email);
    } else {
      this.attempts.update((n) => n + 1);
    }
  }
}
