import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { form, FormField, maxLength, minLength, required, submit, validate } from '@angular/forms/signals';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@balss/contracts';
import { AccountApi, ApiProblem, problemErrors } from '@balss/web/identity/data-access';
import {
  ControlDirective,
  ErrorSummaryComponent,
  FormFieldComponent,
  NoticeComponent,
  PASSWORD_REASON_KEYS,
} from '@balss/web/identity/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { tokenFromFragment } from '../token-fragment';

/** Choosing a new password from the e-mailed link. Every session of the account ends. */
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
  selector: 'balss-reset-password-page',
  styleUrl: '../account-pages.scss',
  templateUrl: './reset-password-page.component.html',
})
export class ResetPasswordPageComponent {
  private readonly account = inject(AccountApi);

  protected readonly token = tokenFromFragment(inject(ActivatedRoute).snapshot.fragment);
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly model = signal({ confirmation: '', newPassword: '' });
  protected readonly form = form(this.model, (path) => {
    required(path.newPassword, { message: 'identity.errors.passwordRequired' });
    minLength(path.newPassword, PASSWORD_MIN_LENGTH, { message: 'identity.errors.passwordTooShort' });
    maxLength(path.newPassword, PASSWORD_MAX_LENGTH, { message: 'identity.errors.passwordTooLong' });
    required(path.confirmation, { message: 'identity.errors.confirmationRequired' });
    validate(path.confirmation, ({ value, valueOf }) =>
      value() !== '' && value() !== valueOf(path.newPassword)
        ? { kind: 'mismatch', message: 'identity.errors.confirmationMismatch' }
        : undefined,
    );
  });
  protected readonly attempts = signal(0);
  protected readonly done = signal(false);

  protected async setPassword(event: Event): Promise<void> {
    event.preventDefault();
    const token = this.token;
    if (!token) {
      return;
    }
    const saved = await submit(this.form, async () => {
      try {
        await this.account.confirmPasswordReset({ newPassword: this.model().newPassword, token });
        return undefined;
      } catch (problem) {
        return problemErrors(problem as ApiProblem, {
          fields: {
            newPassword: {
              byReason: PASSWORD_REASON_KEYS,
              fallback: 'identity.errors.passwordWeak',
              tree: this.form.newPassword,
            },
            token: {
              byReason: {
                expired: 'identity.reset.errors.expired',
                unknown: 'identity.reset.errors.unknown',
                used: 'identity.reset.errors.used',
              },
              fallback: 'identity.reset.errors.unknown',
              tree: this.form,
            },
          },
        });
      }
    });
    if (saved) {
      this.done.set(true);
    } else {
      this.attempts.update((n) => n + 1);
    }
  }
}
