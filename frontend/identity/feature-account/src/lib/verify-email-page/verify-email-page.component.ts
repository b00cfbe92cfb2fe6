import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { email, form, FormField, required, submit } from '@angular/forms/signals';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AccountApi, ApiProblem, problemErrors, problemText } from '@balss/web/identity/data-access';
import { ControlDirective, ErrorSummaryComponent, FormFieldComponent, NoticeComponent } from '@balss/web/identity/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { tokenFromFragment } from '../token-fragment';

type VerifyState = { kind: 'verifying' } | { kind: 'verified' } | { kind: 'failed'; message: string };

const TOKEN_REASON_KEYS: Record<string, string> = {
  expired: 'identity.verify.failed.expired',
  unknown: 'identity.verify.failed.unknown',
  used: 'identity.verify.failed.used',
};

/** The landing page of the verification e-mail: confirms the address at once, or offers a new link. */
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
  selector: 'balss-verify-email-page',
  styleUrl: '../account-pages.scss',
  templateUrl: './verify-email-page.component.html',
})
export class VerifyEmailPageComponent implements OnInit {
  private readonly account = inject(AccountApi);
  private readonly route = inject(ActivatedRoute);

  protected readonly state = signal<VerifyState>({ kind: 'verifying' });
  protected readonly model = signal({ email: '' });
  protected readonly form = form(this.model, (path) => {
    required(path.email, { message: 'identity.errors.emailRequired' });
    email(path.email, { message: 'identity.errors.emailInvalid' });
  });
  protected readonly attempts = signal(0);
  protected readonly resent = signal(false);

  ngOnInit(): void {
    void this.verify(tokenFromFragment(this.route.snapshot.fragment));
  }

  protected async resend(event: Event): Promise<void> {
    event.preventDefault();
    const done = await submit(this.form, async () => {
      try {
        await this.account.resendVerification(this.model().email);
        return undefined;
      } catch (problem) {
        return problemErrors(problem as ApiProblem);
      }
    });
    if (done) {
      this.resent.set(true);
    } else {
      this.attempts.update((n) => n + 1);
    }
  }

  private async verify(token: string | undefined): Promise<void> {
    if (!token) {
      this.state.set({ kind: 'failed', message: 'identity.verify.failed.noToken' });
      return;
    }
    try {
      await this.account.verifyEmail(token);
      this.state.set({ kind: 'verified' });
    } catch (problem) {
      const reason = (problem as ApiProblem).fields.find((f) => f.field === 'token')?.reason;
      const message = (reason && TOKEN_REASON_KEYS[reason]) ?? problemText(problem as ApiProblem).message;
      this.state.set({ kind: 'failed', message });
    }
  }
}
