import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { DEFAULT_MUNICIPALITY_SLUG, Locale, Permission } from '@balss/contracts';
import { SessionStore } from '@balss/web/identity/data-access';
import { AccountNavComponent } from '@balss/web/identity/ui';
import { MunicipalityStore } from '@balss/web/municipality/data-access';
import { LanguageService } from '@balss/web/shared/i18n';
import { LanguageSwitchComponent } from '@balss/web/shared/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map, skip } from 'rxjs';

/** Any of these opens the administration area (its pages check their own permission). */
const ADMIN_AREA_PERMISSIONS: readonly Permission[] = [
  'users:read',
  'youth-codes:issue',
  'register:import',
  'audit:read',
  'municipalities:create',
];

/** Routes under this path get the wide column: their tables need it (see `.shell--wide` in styles.scss). */
const WIDE_AREA = /^\/admin(?:[/?#]|$)/;

interface NavLink {
  readonly path: string;
  /** Transloco key of the link text. */
  readonly label: string;
}

/** The shell: skip link, header (name, language switch, navigation), main, footer. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.shell--wide]': 'wide()' },
  imports: [AccountNavComponent, LanguageSwitchComponent, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  selector: 'balss-root',
  styleUrl: './app.component.scss',
  templateUrl: './app.component.html',
})
export class AppComponent {
  private readonly language = inject(LanguageService);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly router = inject(Router);
  private readonly store = inject(MunicipalityStore);

  protected readonly session = inject(SessionStore);
  /** Navigation by permission (interface only: the API enforces each one). Home is always first. */
  protected readonly navLinks = computed((): readonly NavLink[] => {
    const can = this.session.permissions();
    const signedOut = this.session.status() === 'signed-out';
    const links: (NavLink | false)[] = [
      can.has('youth:draft-application')
        ? { path: '/youth/status', label: 'shell.nav.youth' }
        : signedOut && { path: '/youth/redeem', label: 'shell.nav.youthCode' },
      can.has('mentor:vouch') && { path: '/youth/mentor', label: 'shell.nav.mentor' },
      ADMIN_AREA_PERMISSIONS.some((permission) => can.has(permission)) && { path: '/admin', label: 'shell.nav.admin' },
    ];
    return links.filter((link): link is NavLink => link !== false);
  });

  protected readonly locale = this.language.current;
  /** The administration area: header, main and footer share one wider column there. */
  protected readonly wide = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => WIDE_AREA.test(event.urlAfterRedirects)),
    ),
    { initialValue: false },
  );
  protected readonly municipalityName = computed(() => this.store.municipality()?.name[this.locale()]);

  constructor() {
    // A signed-in person acts in their own municipality: the header (and the home page) show it,
    // so an administrator of another municipality never sees Daugavpils presented as theirs.
    effect(() => {
      this.store.selectMunicipality(this.session.user()?.municipality.slug ?? DEFAULT_MUNICIPALITY_SLUG);
    });
    // After an in-app navigation, start screen-reader and keyboard users at the new content, as a
    // full page load would. The first navigation is the page load itself, so it is left alone.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.focusMain());
  }

  /**
   * `href="#main"` alone would resolve against `<base href="/">` and navigate to the home page
   * from any other route, so the skip link moves focus itself.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  protected async signOut(): Promise<void> {
    // The local state is cleared even when the server cannot be reached; the page says so either way.
    await this.session.signOut().catch(() => undefined);
    await this.router.navigateByUrl('/account/sign-in?signedOut=1');
  }

  protected switchLanguage(locale: Locale): void {
    void this.language.switchTo(locale);
  }

  private focusMain(): void {
    this.main().nativeElement.focus();
  }
}
