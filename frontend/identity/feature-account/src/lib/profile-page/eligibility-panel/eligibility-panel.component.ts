import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { EidRoutes, VoterIneligibilityReason } from '@balss/contracts';
import { EligibilityStore, MunicipalitiesStore, problemText } from '@balss/web/identity/data-access';
import { NoticeComponent } from '@balss/web/identity/ui';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** Each reason of `GET /api/me/eligibility` in words (a Record: a new reason will not compile without one). */
const REASON_KEYS: Readonly<Record<VoterIneligibilityReason, string>> = {
  NOT_DECLARED_IN_MUNICIPALITY: 'identity.eligibility.reasons.notDeclaredInMunicipality',
  NOT_NATURAL_PERSON: 'identity.eligibility.reasons.notNaturalPerson',
  NO_BIRTH_DATE: 'identity.eligibility.reasons.noBirthDate',
  NO_EID_LINK: 'identity.eligibility.reasons.noEidLink',
  RESIDENCE_ENDED: 'identity.eligibility.reasons.residenceEnded',
  RESIDENCE_NOT_STARTED: 'identity.eligibility.reasons.residenceNotStarted',
  UNDER_MINIMUM_AGE: 'identity.eligibility.reasons.underMinimumAge',
};

/** "You may vote", or every reason why not, exactly as the register check gave them. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NoticeComponent, TranslocoPipe],
  selector: 'balss-eligibility-panel',
  styleUrl: './eligibility-panel.component.scss',
  templateUrl: './eligibility-panel.component.html',
})
export class EligibilityPanelComponent {
  private readonly municipalities = inject(MunicipalitiesStore);
  protected readonly locale = inject(LanguageService).current;
  protected readonly store = inject(EligibilityStore);

  protected readonly municipalityName = computed(() => {
    const slug = this.store.eligibility()?.municipality.slug;
    const municipality = this.municipalities.municipalities().find((m) => m.slug === slug);
    return municipality?.name[this.locale()] ?? slug ?? '';
  });
  protected readonly date = computed(() => {
    const date = this.store.eligibility()?.date;
    return date
      ? new Intl.DateTimeFormat(this.locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${date}T00:00:00Z`),
        )
      : '';
  });
  protected readonly reasons = computed(() => {
    const eligibility = this.store.eligibility();
    return eligibility && !eligibility.eligible ? eligibility.reasons.map((reason) => REASON_KEYS[reason]) : [];
  });
  protected readonly needsEid = computed(() => {
    const eligibility = this.store.eligibility();
    return eligibility !== undefined && !eligibility.eligible && eligibility.reasons.includes('NO_EID_LINK');
  });
  protected readonly eidHref = computed(() => {
    const slug = this.store.eligibility()?.municipality.slug;
    return slug ? `${EidRoutes.start(slug)}?returnTo=${encodeURIComponent('/account/profile')}` : undefined;
  });
  protected readonly problemKey = computed(() => {
    const problem = this.store.problem();
    return problem ? problemText(problem).message : undefined;
  });
}
