import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AccountApi,
  ApiProblem,
  MunicipalitiesStore,
  problemText,
  SessionStore,
} from '@balss/web/identity/data-access';
import { NoticeComponent, ROLE_NAME_KEYS } from '@balss/web/identity/ui';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { EligibilityPanelComponent } from './eligibility-panel/eligibility-panel.component';
import { EraseAccountComponent } from './erase-account/erase-account.component';

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; message: string };

/** My account: who I am here, whether I may vote, my data as a file, and erasing the account. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EligibilityPanelComponent, EraseAccountComponent, NoticeComponent, RouterLink, TranslocoPipe],
  selector: 'balss-profile-page',
  styleUrl: '../account-pages.scss',
  templateUrl: './profile-page.component.html',
})
export class ProfilePageComponent {
  private readonly account = inject(AccountApi);
  private readonly document = inject(DOCUMENT);
  private readonly municipalities = inject(MunicipalitiesStore);
  private readonly session = inject(SessionStore);

  protected readonly locale = inject(LanguageService).current;
  protected readonly user = this.session.user;
  protected readonly roleKeys = computed(() => (this.user()?.roles ?? []).map((role) => ROLE_NAME_KEYS[role]));
  protected readonly municipalityName = computed(() => {
    const slug = this.user()?.municipality.slug;
    return this.municipalities.municipalities().find((m) => m.slug === slug)?.name[this.locale()] ?? slug;
  });
  protected readonly canReadEligibility = computed(() => this.session.permissions().has('eligibility:read-own'));
  protected readonly canExport = computed(() => this.session.permissions().has('account:export-own'));
  protected readonly canErase = computed(() => this.session.permissions().has('account:erase-own'));
  protected readonly exportState = signal<ExportState>({ kind: 'idle' });

  /** Fetches the export and hands it to the browser as a file (`balss-my-data-YYYY-MM-DD.json`). */
  protected async downloadMyData(): Promise<void> {
    this.exportState.set({ kind: 'busy' });
    try {
      const data = await this.account.exportMyData();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = this.document.createElement('a');
      link.href = url;
      link.download = `balss-my-data-${new Date().toISOString().slice(0, 10)}.json`;
      this.document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.exportState.set({ kind: 'done' });
    } catch (problem) {
      this.exportState.set({ kind: 'failed', message: problemText(problem as ApiProblem).message });
    }
  }
}
