import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AUDIT_ACTIONS, AuditAction, AuditEventDto } from '@balss/contracts';
import { AuditStore } from '@balss/web/admin/data-access';
import { problemText } from '@balss/web/identity/data-access';
import { NoticeComponent, PagerComponent } from '@balss/web/identity/ui';
import { LanguageService } from '@balss/web/shared/i18n';
import { DataTableComponent, TableRowsDirective } from '@balss/web/shared/ui';
import { TranslocoPipe, translateSignal } from '@jsverse/transloco';

/** Each audit action in words. A Record: a new action will not compile without one. */
const ACTION_KEYS: Readonly<Record<AuditAction, string>> = {
  'account.erased': 'admin.audit.actions.accountErased',
  'account.registered': 'admin.audit.actions.accountRegistered',
  'account.token-created': 'admin.audit.actions.tokenCreated',
  'account.token-revoked': 'admin.audit.actions.tokenRevoked',
  'auth.email-verified': 'admin.audit.actions.emailVerified',
  'auth.password-changed': 'admin.audit.actions.passwordChanged',
  'auth.password-reset': 'admin.audit.actions.passwordReset',
  'auth.password-reset-requested': 'admin.audit.actions.passwordResetRequested',
  'auth.sign-in': 'admin.audit.actions.signIn',
  'auth.sign-in-failed': 'admin.audit.actions.signInFailed',
  'auth.sign-out': 'admin.audit.actions.signOut',
  'mentor.confirmed': 'admin.audit.actions.mentorConfirmed',
  'mentor.declined': 'admin.audit.actions.mentorDeclined',
  'municipality.created': 'admin.audit.actions.municipalityCreated',
  'register.imported': 'admin.audit.actions.registerImported',
  'role.granted': 'admin.audit.actions.roleGranted',
  'role.revoked': 'admin.audit.actions.roleRevoked',
  'youth-code.redeemed': 'admin.audit.actions.youthCodeRedeemed',
  'youth-code-batch.created': 'admin.audit.actions.youthCodeBatchCreated',
  'youth-code-batch.reissued': 'admin.audit.actions.youthCodeBatchReissued',
  'youth-code-batch.revoked': 'admin.audit.actions.youthCodeBatchRevoked',
};

const TEXTS = {
  municipality: { heading: 'admin.audit.heading', lead: 'admin.audit.lead' },
  platform: { heading: 'admin.audit.platformHeading', lead: 'admin.audit.platformLead' },
} as const;

/**
 * An audit trail, read-only, newest first, filtered by action: the municipality's, or (route
 * providing AUDIT_SCOPE 'platform') the events of no municipality.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, NoticeComponent, PagerComponent, TableRowsDirective, TranslocoPipe],
  providers: [AuditStore],
  selector: 'balss-audit-page',
  styleUrl: '../admin-pages.scss',
  templateUrl: './audit-page.component.html',
})
export class AuditPageComponent {
  private readonly locale = inject(LanguageService).current;

  protected readonly store = inject(AuditStore);
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly texts = computed(() => TEXTS[this.store.scope]);
  protected readonly columns = translateSignal([
    'admin.audit.columns.at',
    'admin.audit.columns.action',
    'admin.audit.columns.outcome',
    'admin.audit.columns.actor',
    'admin.audit.columns.target',
    'admin.audit.columns.ip',
    'admin.audit.columns.details',
  ]);
  protected readonly problemKey = computed(() => {
    const problem = this.store.problem();
    return problem ? problemText(problem).message : undefined;
  });

  protected actionKey(action: AuditAction): string {
    return ACTION_KEYS[action] ?? action;
  }

  protected filterByAction(value: string): void {
    this.store.showAction((AUDIT_ACTIONS as readonly string[]).includes(value) ? (value as AuditAction) : undefined);
  }

  protected formatTime(iso: string): string {
    return new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
  }

  /** Non-personal facts (the role granted, why a sign-in failed) as `key: value` pairs. */
  protected detailsText(event: AuditEventDto): string {
    return Object.entries(event.details ?? {})
      .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
      .join('; ');
  }

  protected shortId(id: string | null): string {
    return id ? id.slice(0, 8) : '';
  }
}
