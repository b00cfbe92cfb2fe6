import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  applyWhen,
  email,
  form,
  FormField,
  maxLength,
  minLength,
  required,
  submit,
  validate,
} from '@angular/forms/signals';
import { Router, RouterLink } from '@angular/router';
import { normaliseYouthCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@balss/contracts';
import { ApiProblem, problemErrors, SessionStore } from '@balss/web/identity/data-access';
import {
  ControlDirective,
  ErrorSummaryComponent,
  FormFieldComponent,
  NoticeComponent,
  PASSWORD_REASON_KEYS,
} from '@balss/web/identity/ui';
import { YOUTH_MIN_AGE, YouthApi, youthAgeCheck } from '@balss/web/youth/data-access';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { codeReasons } from '../youth-texts';

/**
 * Creating a youth account with a one-time code from a school or youth centre. The birth date
 * decides what else is asked: under 13 the page explains kindly that the account can wait; from
 * 13 to 17 it asks for a responsible adult, whom the server invites by e-mail.
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
  selector: 'balss-redeem-page',
  styleUrl: '../youth-pages.scss',
  templateUrl: './redeem-page.component.html',
})
export class RedeemPageComponent {
  private readonly api = inject(YouthApi);
  private readonly locale = inject(LanguageService).current;
  private readonly router = inject(Router);

  protected readonly user = inject(SessionStore).user;
  protected readonly minAge = YOUTH_MIN_AGE;
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly model = signal({
    adultEmail: '',
    adultName: '',
    birthDate: '',
    code: '',
    displayName: '',
    email: '',
    password: '',
  });
  protected readonly age = computed(() => youthAgeCheck(this.model().birthDate));
  protected readonly needsAdult = computed(() => this.age().kind === 'needs-adult');
  protected readonly tooYoung = computed(() => {
    const age = this.age();
    return age.kind === 'refused' && age.reason === 'BELOW_YOUTH_AGE';
  });

  protected readonly form = form(this.model, (path) => {
    required(path.code, { message: 'youth.redeem.errors.codeRequired' });
    validate(path.code, ({ value }) =>
      value() !== '' && normaliseYouthCode(value()) === null
        ? { kind: 'pattern', message: 'youth.redeem.errors.codeMalformed' }
        : undefined,
    );
    required(path.displayName, { message: 'youth.redeem.errors.nicknameRequired' });
    maxLength(path.displayName, 100, { message: 'youth.redeem.errors.nicknameTooLong' });
    required(path.email, { message: 'identity.errors.emailRequired' });
    email(path.email, { message: 'identity.errors.emailInvalid' });
    required(path.password, { message: 'identity.errors.passwordRequired' });
    minLength(path.password, PASSWORD_MIN_LENGTH, { message: 'identity.errors.passwordTooShort' });
    maxLength(path.password, PASSWORD_MAX_LENGTH, { message: 'identity.errors.passwordTooLong' });
    required(path.birthDate, { message: 'youth.redeem.errors.birthDateRequired' });
    validate(path.birthDate, ({ value }) => {
      const check = youthAgeCheck(value());
      if (value() !== '' && check.kind === 'unknown') {
        return { kind: 'date', message: 'youth.redeem.errors.birthDateInvalid' };
      }
      if (check.kind === 'refused') {
        return {
          kind: 'age',
          message:
            check.reason === 'BELOW_YOUTH_AGE' ? 'youth.redeem.errors.tooYoung' : 'youth.redeem.errors.birthDateFuture',
        };
      }
      return undefined;
    });
    applyWhen(
      path,
      () => this.needsAdult(),
      (adult) => {
        required(adult.adultName, { message: 'youth.redeem.errors.adultNameRequired' });
        required(adult.adultEmail, { message: 'youth.redeem.errors.adultEmailRequired' });
        email(adult.adultEmail, { message: 'identity.errors.emailInvalid' });
        validate(adult.adultEmail, ({ value, valueOf }) =>
          value() !== '' && value().trim().toLowerCase() === valueOf(adult.email).trim().toLowerCase()
            ? { kind: 'self', message: 'youth.redeem.errors.adultIsSelf' }
            : undefined,
        );
      },
    );
  });
  protected readonly attempts = signal(0);

  protected async redeem(event: Event): Promise<void> {
    event.preventDefault();
    const redeemed = await submit(this.form, async () => {
      const value = this.model();
      try {
        await this.api.redeem({
          birthDate: value.birthDate,
          code: value.code,
          displayName: value.displayName.trim(),
          email: value.email.trim(),
          locale: this.locale(),
          password: value.password,
          ...(this.needsAdult()
            ? { responsibleAdult: { email: value.adultEmail.trim(), name: value.adultName.trim() } }
            : {}),
        });
        return undefined;
      } catch (problem) {
        return this.explain(problem as ApiProblem);
      }
    });
    if (redeemed) {
      await this.router.navigateByUrl('/youth/status');
    } else {
      this.attempts.update((n) => n + 1);
    }
  }

  private explain(problem: ApiProblem) {
    const f = this.form;
    return problemErrors(problem, {
      fields: {
        birthDate: { fallback: 'youth.redeem.errors.birthDateInvalid', tree: f.birthDate },
        code: { fallback: 'youth.redeem.errors.codeMalformed', tree: f.code },
        displayName: { fallback: 'youth.redeem.errors.nicknameRequired', tree: f.displayName },
        email: {
          byReason: { CONFLICT: 'youth.redeem.errors.emailTaken' },
          fallback: 'identity.errors.emailInvalid',
          tree: f.email,
        },
        password: { byReason: PASSWORD_REASON_KEYS, fallback: 'identity.errors.passwordWeak', tree: f.password },
        'responsibleAdult.email': { fallback: 'identity.errors.emailInvalid', tree: f.adultEmail },
        'responsibleAdult.name': { fallback: 'youth.redeem.errors.adultNameRequired', tree: f.adultName },
      },
      reasons: {
        ...codeReasons(f.code),
        ABOVE_YOUTH_AGE: {
          message: 'youth.redeem.errors.tooOld',
          params: (details) => ({ maxAge: details['maxAge'] ?? 25 }),
          tree: f.birthDate,
        },
        BELOW_YOUTH_AGE: { message: 'youth.redeem.errors.tooYoung', tree: f.birthDate },
        BIRTH_DATE_IN_FUTURE: { message: 'youth.redeem.errors.birthDateFuture', tree: f.birthDate },
        RESPONSIBLE_ADULT_IS_SELF: { message: 'youth.redeem.errors.adultIsSelf', tree: f.adultEmail },
        RESPONSIBLE_ADULT_NOT_ALLOWED: 'youth.redeem.errors.adultNotAllowed',
        RESPONSIBLE_ADULT_REQUIRED: { message: 'youth.redeem.errors.adultNameRequired', tree: f.adultName },
      },
    });
  }
}
