import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { email, form, FormField, required, submit } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  EID_ERROR_PARAM,
  EID_SIGN_IN_PROBLEMS,
  EidRoutes,
  EidSignInProblem,
  MunicipalitySummaryDto,
} from '@balss/contracts';
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

/** What a refused e-ID callback (`?eid-error=…`, set by the api) means, in the reader's words. */
const EID_PROBLEM_KEYS: Readonly<Record<EidSignInProblem, string>> = {
  cancelled: 'identity.signIn.eid.problems.cancelled',
  expired: 'identity.signIn.eid.problems.expired',
  failed: 'identity.signIn.eid.problems.failed',
  'no-personal-code': 'identity.signIn.eid.problems.noPersonalCode',
  'not-configured': 'identity.signIn.eid.problems.notConfigured',
  unavailable: 'identity.signIn.eid.problems.unavailable',
};

/**
 * Signing in: with e-ID (one button per municipality; the api runs the OpenID Connect flow and
 * returns the browser to `returnTo`), or with e-mail and password. An unverified address gets a way
 * to have the link sent again. Back from a refused or cancelled e-ID sign-in, it says why (an alert).
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
  /** The message key of `?eid-error=`; null without one or for a value this version does not know. */
  protected readonly eidProblem = computed(() => {
    const problem = this.query().get(EID_ERROR_PARAM);
    return (EID_SIGN_IN_PROBLEMS as readonly (string | null)[]).includes(problem)
      ? EID_PROBLEM_KEYS[problem as EidSignInProblem]
      : null;
  });
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
