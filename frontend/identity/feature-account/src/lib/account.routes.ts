import { Route } from '@angular/router';
import { requireSession } from '@balss/web/identity/data-access';
import { ErasedPageComponent } from './erased-page/erased-page.component';
import { ForgotPasswordPageComponent } from './forgot-password-page/forgot-password-page.component';
import { NoAccessPageComponent } from './no-access-page/no-access-page.component';
import { ProfilePageComponent } from './profile-page/profile-page.component';
import { RegisterPageComponent } from './register-page/register-page.component';
import { ResetPasswordPageComponent } from './reset-password-page/reset-password-page.component';
import { SignInPageComponent } from './sign-in-page/sign-in-page.component';
import { VerifyEmailPageComponent } from './verify-email-page/verify-email-page.component';

/**
 * `/account/…`. The e-mailed links (`WebLinks` in contracts) open `verify-email` and
 * `reset-password`; `title` values are translation keys.
 */
export const accountRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'profile' },
  { component: SignInPageComponent, path: 'sign-in', title: 'identity.signIn.title' },
  { component: RegisterPageComponent, path: 'register', title: 'identity.register.title' },
  { component: VerifyEmailPageComponent, path: 'verify-email', title: 'identity.verify.title' },
  { component: ForgotPasswordPageComponent, path: 'forgot-password', title: 'identity.forgot.title' },
  { component: ResetPasswordPageComponent, path: 'reset-password', title: 'identity.reset.title' },
  {
    canActivate: [requireSession()],
    component: ProfilePageComponent,
    path: 'profile',
    title: 'identity.profile.title',
  },
  { component: NoAccessPageComponent, path: 'no-access', title: 'identity.noAccess.title' },
  { component: ErasedPageComponent, path: 'erased', title: 'identity.erased.title' },
];
