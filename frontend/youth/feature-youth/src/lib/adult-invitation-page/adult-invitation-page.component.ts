import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { form, FormField, required, submit, validate } from '@angular/forms/signals';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AdultInvitationPreviewDto, YouthWebPaths } from '@balss/contracts';
import {
  ApiProblem,
  MunicipalitiesStore,
  problemErrors,
  problemText,
  SessionStore,
} from '@balss/web/identity/data-access';
import { ControlDirective, ErrorSummaryComponent, FormFieldComponent, NoticeComponent } from '@balss/web/identity/ui';
import { adultAgeCheck, YouthApi } from '@balss/web/youth/data-access';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

type PageState =
  | { kind: 'loading' }
  | { kind: 'invalid'; message: string }
  | { kind: 'open'; preview: AdultInvitationPreviewDto }
  | { kind: 'confirmed'; preview: AdultInvitationPreviewDto }
  | { kind: 'declined' };

/** Why an invitation link cannot be answered (`details.reason`). */
const INVITATION_REASONS: Record<string, string> = {
  ADULT_ALREADY_CONFIRMED: 'youth.invitation.errors.alreadyConfirmed',
  INVITATION_EXPIRED: 'youth.invitation.errors.expired',
  INVITATION_NOT_FOUND: 'youth.invitation.errors.notFound',
  INVITATION_USED: 'youth.invitation.errors.used',
};

/**
 * The responsible adult's page, opened from the invitation e-mail (`#token=…`). It says who asks
 * and what vouching means; confirming needs an account (sign in or register, then come back to the
 * link) and a declared birth date of 18+, which is checked and not stored. Declining needs nothing.
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
  selector: 'balss-adult-invitation-page',
  styleUrl: '../youth-pages.scss',
  templateUrl: './adult-invitation-page.component.html',
})
export class AdultInvitationPageComponent implements OnInit {
  private readonly api = inject(YouthApi);
  private readonly fragment = inject(ActivatedRoute).snapshot.fragment;
  private readonly locale = inject(LanguageService).current;
  private readonly municipalities = inject(MunicipalitiesStore);

  protected readonly session = inject(SessionStore);
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly token = new URLSearchParams(this.fragment ?? '').get('token')?.trim() ?? '';
  /** Back to this very link (token included) after signing in. */
  protected readonly returnTo = `${YouthWebPaths.adultInvitation}#token=${encodeURIComponent(this.token)}`;
  protected readonly declineProblem = signal<string | undefined>(undefined);

  protected readonly model = signal({ birthDate: '' });
  protected readonly form = form(this.model, (path) => {
    required(path.birthDate, { message: 'youth.invitation.errors.birthDateRequired' });
    validate(path.birthDate, ({ value }) => {
      const check = adultAgeCheck(value());
      if (value() === '' || check === 'adult') {
        return undefined;
      }
      const message = {
        future: 'youth.redeem.errors.birthDateFuture',
        'under-age': 'youth.invitation.errors.underAge',
        unknown: 'youth.redeem.errors.birthDateInvalid',
      }[check];
      return { kind: 'age', message };
    });
  });
  protected readonly attempts = signal(0);

  protected readonly preview = computed(() => {
    const state = this.state();
    return state.kind === 'open' || state.kind === 'confirmed' ? state.preview : undefined;
  });

  ngOnInit(): void {
    void this.load();
  }

  protected municipalityName(slug: string): string {
    return this.municipalities.municipalities().find((m) => m.slug === slug)?.name[this.locale()] ?? slug;
  }

  protected formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.locale(), { dateStyle: 'long' }).format(new Date(iso));
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const preview = this.preview();
    const confirmed = await submit(this.form, async () => {
      try {
        await this.api.confirmInvitation({ birthDate: this.model().birthDate, token: this.token });
        return undefined;
      } catch (problem) {
        return problemErrors(problem as ApiProblem, {
          fields: { birthDate: { fallback: 'youth.redeem.errors.birthDateInvalid', tree: this.form.birthDate } },
          reasons: {
            ...INVITATION_REASONS,
            ADULT_IS_THE_YOUTH: 'youth.invitation.errors.isTheYouth',
            ADULT_UNDER_AGE: { message: 'youth.invitation.errors.underAge', tree: this.form.birthDate },
          },
        });
      }
    });
    if (confirmed && preview) {
      this.state.set({ kind: 'confirmed', preview });
    } else if (!confirmed) {
      this.attempts.update((n) => n + 1);
    }
  }

  protected async decline(): Promise<void> {
    this.declineProblem.set(undefined);
    try {
      await this.api.declineInvitation(this.token);
      this.state.set({ kind: 'declined' });
    } catch (problem) {
      this.declineProblem.set(problemText(problem as ApiProblem, { reasons: INVITATION_REASONS }).message);
    }
  }

  private async load(): Promise<void> {
    if (!this.token) {
      this.state.set({ kind: 'invalid', message: 'youth.invitation.errors.noToken' });
      return;
    }
    try {
      this.state.set({ kind: 'open', preview: await this.api.previewInvitation(this.token) });
    } catch (problem) {
      const fieldReason = (problem as ApiProblem).fields.some((f) => f.field === 'token');
      const message = fieldReason
        ? 'youth.invitation.errors.notFound'
        : problemText(problem as ApiProblem, { reasons: INVITATION_REASONS }).message;
      this.state.set({ kind: 'invalid', message });
    }
  }
}
