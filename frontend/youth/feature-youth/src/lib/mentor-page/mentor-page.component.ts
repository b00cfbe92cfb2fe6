import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { YouthAdultStatus } from '@balss/contracts';
import { MunicipalitiesStore, problemText } from '@balss/web/identity/data-access';
import { NoticeComponent } from '@balss/web/identity/ui';
import { MentorYouthsStore } from '@balss/web/youth/data-access';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

const STANDING_KEYS: Readonly<Record<YouthAdultStatus, string>> = {
  'adult-not-required': 'youth.mentor.standing.adultNotRequired',
  'awaiting-adult': 'youth.mentor.standing.awaitingAdult',
  confirmed: 'youth.mentor.standing.confirmed',
};

/** The young people a responsible adult vouches for: nickname and standing, nothing more. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NoticeComponent, TranslocoPipe],
  selector: 'balss-mentor-page',
  styleUrl: '../youth-pages.scss',
  templateUrl: './mentor-page.component.html',
})
export class MentorPageComponent {
  private readonly locale = inject(LanguageService).current;
  private readonly municipalities = inject(MunicipalitiesStore);

  protected readonly store = inject(MentorYouthsStore);
  protected readonly standingKeys = STANDING_KEYS;
  protected readonly problemKey = computed(() => {
    const problem = this.store.problem();
    return problem ? problemText(problem).message : undefined;
  });

  protected municipalityName(slug: string): string {
    return this.municipalities.municipalities().find((m) => m.slug === slug)?.name[this.locale()] ?? slug;
  }

  protected formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.locale(), { dateStyle: 'long' }).format(new Date(iso));
  }
}
