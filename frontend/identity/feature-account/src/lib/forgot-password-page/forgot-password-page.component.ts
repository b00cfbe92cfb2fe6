import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { email, form, FormField, required, submit } from '@angular/forms/signals';
import { RouterLink } from '@angular/router';
import { AccountApi, ApiProblem, problemErrors } from '@balss/web/identity/data-access';
import { ControlDirective, ErrorSummaryComponent, FormFieldComponent, NoticeComponent } from '@balss/web/identity/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/** Asking for a password reset link. The answer is the same for every address. */
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
  selector: 'balss-forgot-password-page',
  styleUrl: '../account-pages.scss',
  templateUrl: './forgot-password-page.component.html',
})
export class ForgotPasswordPageComponent {
  private readonly account = inject(AccountApi);

  protected readonly model = signal({ email: '' });
  protected readonly form = form(this.model, (path) => {
    required(path.email, { message: 'identity.errors.emailRequired' });
    email(path.email, { message: 'identity.errors.emailInvalid' });
  });
  protected readonly attempts = signal(0);
  protected readonly sentTo = signal<string | undefined>(undefined);

  protected async requestLink(event: Event): Promise<void> {
    event.preventDefault();
    const done = await submit(this.form, async () => {
      try {
        await this.account.requestPasswordReset(this.model().email);
        return undefined;
      } catch (problem) {
        return problemErrors(problem as ApiProblem, {
          fields: { email: { fallback: 'identity.errors.emailInvalid', tree: this.form.email } },
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
