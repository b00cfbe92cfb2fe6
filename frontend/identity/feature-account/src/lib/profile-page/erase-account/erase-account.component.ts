import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { applyWhen, form, FormField, required, submit, validate } from '@angular/forms/signals';
import { Router } from '@angular/router';
import { CurrentUserDto, EidRoutes } from '@balss/contracts';
import { AccountApi, ApiProblem, problemErrors, SessionStore } from '@balss/web/identity/data-access';
import { ControlDirective, ErrorSummaryComponent, FormFieldComponent } from '@balss/web/identity/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/** The API lets a session erase its account without a password only this soon after signing in. */
const RECENT_SIGN_IN_MS = 10 * 60 * 1000;

/**
 * Erasing one's account: a disclosure, then a confirmation box and, unless the person signed in in
 * the last few minutes, their password (the API asks for re-authentication). Someone who signs in
 * only with e-ID re-authenticates by signing in with e-ID again.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ControlDirective, ErrorSummaryComponent, FormField, FormFieldComponent, TranslocoPipe],
  selector: 'balss-erase-account',
  styleUrl: '../../account-pages.scss',
  templateUrl: './erase-account.component.html',
})
export class EraseAccountComponent {
  private readonly account = inject(AccountApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  readonly user = input.required<CurrentUserDto>();

  protected readonly open = signal(false);
  /** Fixed when the form opens, so the fields do not change under the reader. */
  private readonly openedAt = signal(0);
  /** Set when the API asked for re-authentication although the sign-in looked recent. */
  private readonly reauthenticationRequired = signal(false);
  protected readonly eidOnly = computed(() => this.user().authMethod === 'eid');
  protected readonly needsPassword = computed(() => {
    const signedInAt = this.user().signedInAt;
    const recent = signedInAt !== null && this.openedAt() - Date.parse(signedInAt) < RECENT_SIGN_IN_MS;
    return this.reauthenticationRequired() || !recent;
  });
  protected readonly eidHref = computed(
    () => `${EidRoutes.start(this.user().municipality.slug)}?returnTo=${encodeURIComponent('/account/profile')}`,
  );

  protected readonly model = signal({ confirm: false, password: '' });
  protected readonly form = form(this.model, (path) => {
    validate(path.confirm, ({ value }) =>
      value() ? undefined : { kind: 'required', message: 'identity.erase.errors.confirmRequired' },
    );
    applyWhen(
      path.password,
      () => this.needsPassword() && !this.eidOnly(),
      (password) => required(password, { message: 'identity.erase.errors.passwordRequired' }),
    );
  });
  protected readonly attempts = signal(0);

  protected toggle(): void {
    this.openedAt.set(Date.now());
    this.open.update((open) => !open);
  }

  protected async erase(event: Event): Promise<void> {
    event.preventDefault();
    const erased = await submit(this.form, async () => {
      const { password } = this.model();
      try {
        await this.account.eraseMyAccount(
          this.needsPassword() && !this.eidOnly() ? { confirm: true, password } : { confirm: true },
        );
        return undefined;
      } catch (problem) {
        this.reauthenticationRequired.update(
          (required) => required || (problem as ApiProblem).reason === 'REAUTHENTICATION_REQUIRED',
        );
        return problemErrors(problem as ApiProblem, {
          fields: { password: { fallback: 'identity.erase.errors.wrongPassword', tree: this.form.password } },
          reasons: { REAUTHENTICATION_REQUIRED: 'identity.erase.errors.reauthenticate' },
        });
      }
    });
    if (erased) {
      this.session.forget();
      await this.router.navigateByUrl('/account/erased');
    } else {
      this.attempts.update((n) => n + 1);
    }
  }
}
