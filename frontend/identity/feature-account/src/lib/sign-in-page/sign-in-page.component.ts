import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { email, form, FormField, required, submit } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EidRoutes, MunicipalitySummaryDto } from '@balss/contracts';
import {
  AccountApi,
  ApiProblem,
  MunicipalitiesStore,
  problemErrors,
  safeReturnTo,
  SessionStore,
} from '@balss/web/identity/data-access';
import { ControlDirective, ErrorSummaryComponent, FormFieldComponent, NoticeComponent } from '@balss/web/identity/ui';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

const PROFILE_PATH = '/account/profile';

/**
 * Signing in: with e-ID (one button per municipality; the api runs the OpenID Connect flow and
 * returns the browser to `returnTo`), or with e-mail and password. An unverified address gets a way
 * to have the link sent again.
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
  selector: 'balss-sign-in-page',
  styleUrl: '../account-pages.scss',
  templateUrl: './sign-in-page.component.html',
})
export class SignInPageComponent {
  private readonly account = inject(AccountApi);
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly locale = inject(LanguageService).current;
  protected readonly municipalities = inject(MunicipalitiesStore);
  protected readonly returnTo = computed(() => safeReturnTo(this.query().get('returnTo'), PROFILE_PATH));
  protected readonly signedOut = computed(() => this.query().has('signedOut'));
  protected readonly user = this.session.user;

  protected readonly model = signal({ email: '', password: '' });
  protected readonly form = form(this.model, (path) => {
    required(path.email, { message: 'identity.errors.emailRequired' });
    email(path.email, { message: 'identity.errors.emailInvalid' });
    required(path.password, { message: 'identity.errors.passwordRequired' });
  });
  protected readonly attempts = signal(0);
  /** Set when the password was right but the address is not confirmed yet. */
  protected readonly unverified = signal(false);
  protected readonly resent = signal(false);

  protected eidHref(municipality: MunicipalitySummaryDto): string {
    return `${EidRoutes.start(municipality.slug)}?returnTo=${encodeURIComponent(this.returnTo())}`;
  }

  protected async signIn(event: Event): Promise<void> {
    event.preventDefault();
    this.unverified.set(false);
    this.resent.set(false);
    const signedIn = await submit(this.form, async () => {
      try {
        await this.session.signIn(this.model());
        return undefined;
      } catch (problem) {
        this.unverified.set((problem as ApiProblem).reason === 'EMAIL_NOT_VERIFIED');
        return problemErrors(problem as ApiProblem, {
          reasons: {
            EMAIL_NOT_VERIFIED: 'identity.signIn.errors.notVerified',
            INVALID_CREDENTIALS: 'identity.signIn.errors.invalidCredentials',
          },
        });
      }
    });
    if (signedIn) {
      await this.router.navigateByUrl(this.returnTo());
    } else {
      this.attempts.update((n) => n + 1);
    }
  }

  protected async resendVerification(): Promise<void> {
    try {
      await this.account.resendVerification(this.model().email);
    } finally {
      // The answer is the same for every address, and a failure changes nothing the reader can do here.
      this.resent.set(true);
    }
  }
}
