import { provideHttpClient, withFetch, withInterceptors, withNoXsrfProtection } from '@angular/common/http';
import {
  ApplicationConfig,
  isDevMode,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withInMemoryScrolling } from '@angular/router';
import { csrfInterceptor } from '@balss/web/identity/data-access';
import { provideI18n } from '@balss/web/shared/i18n';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Zoneless: state lives in signals, so change detection follows them (no zone.js in the bundle).
    provideZonelessChangeDetection(),
    // CSRF double submit for the session cookie: csrfInterceptor replaces Angular's XSRF interceptor
    // because it also fetches the token before a visitor's first POST.
    provideHttpClient(withFetch(), withInterceptors([csrfInterceptor]), withNoXsrfProtection()),
    provideRouter(appRoutes, withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    provideI18n({ prodMode: !isDevMode() }),
  ],
};
