import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { email, form, FormField, required, submit } from '@angular/forms/signals';
import { YouthInvitationDto } from '@balss/contracts';
import { ApiProblem, problemErrors, problemText } from '@balss/web/identity/data-access';
import { ControlDirective, ErrorSummaryComponent, FormFieldComponent, NoticeComponent } from '@balss/web/identity/ui';
import { YouthApi, YouthStatusStore } from '@balss/web/youth/data-access';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

const INVITATION_STATE_KEYS: Readonly<Record<YouthInvitationDto['state'], string>> = {
  confirmed: 'youth.status.invitation.confirmed',
  declined: 'youth.status.invitation.declined',
  expired: 'youth.status.invitation.expired',
  pending: 'youth.status.invitation.pending',
  withdrawn: 'youth.status.invitation.withdrawn',
};

/**
 * A young person's standing: whether their responsible adult has confirmed (until then they may
 * draft but not submit applications), and a way to ask another adult when the first one declined,
 * did not answer in time, or the address was wrong.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ControlDirective, ErrorSummaryComponent, FormField, FormFieldComponent, NoticeComponent, TranslocoPipe],
  selector: 'balss-youth-status-page',
  styleUrl: '../youth-pages.scss',
  templateUrl: './status-page.component.html',
})
export class StatusPageComponent {
  private readonly api = inject(YouthApi);
  private readonly locale = inject(LanguageService).current;

  protected readonly store = inject(YouthStatusStore);
  protected readonly problemKey = computed(() => {
    const problem = this.store.problem();
    return problem ? problemText(problem).message : undefined;
  });
  protected readonly invitationKey = computed(() => {
    const invitation = this.store.status()?.invitation;
    return invitation ? INVITATION_STATE_KEYS[invitation.state] : undefined;
  });
  /** Another adult can be named while none has confirmed. */
  protected readonly canNominate = computed(() => this.store.status()?.status === 'awaiting-adult');
  protected readonly nominateOpen = signal(false);
  protected readonly nominated = signal(false);

  protected readonly model = signal({ email: '', name: '' });
  protected readonly form = form(this.model, (path) => {
    required(path.name, { message: 'youth.redeem.errors.adultNameRequired' });
    required(path.email, { message: 'youth.redeem.errors.adultEmailRequired' });
    email(path.email, { message: 'identity.errors.emailInvalid' });
  });
  protected readonly attempts = signal(0);

  protected formatDate(iso: string | null | undefined): string {
    return iso ? new Intl.DateTimeFormat(this.locale(), { dateStyle: 'long' }).format(new Date(iso)) : '';
  }

  protected toggleNominate(): void {
    this.nominateOpen.update((open) => !open);
    this.nominated.set(false);
  }

  protected async nominate(event: Event): Promise<void> {
    event.preventDefault();
    const done = await submit(this.form, async () => {
      try {
        this.store.update(
          await this.api.nominateAdult({ email: this.model().email.trim(), name: this.model().name.trim() }),
        );
        return undefined;
      } catch (problem) {
        return problemErrors(problem as ApiProblem, {
          fields: {
            email: { fallback: 'identity.errors.emailInvalid', tree: this.form.email },
            name: { fallback: 'youth.redeem.errors.adultNameRequired', tree: this.form.name },
          },
          reasons: {
            RESPONSIBLE_ADULT_IS_SELF: { message: 'youth.redeem.errors.adultIsSelf', tree: this.form.email },
            RESPONSIBLE_ADULT_NOT_ALLOWED: 'youth.redeem.errors.adultNotAllowed',
          },
        });
      }
    });
    if (done) {
      this.nominated.set(true);
      this.nominateOpen.set(false);
      this.model.set({ email: '', name: '' });
      this.form().reset();
    } else {
      this.attempts.update((n) => n + 1);
    }
  }
}
