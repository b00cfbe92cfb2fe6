import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { isRole, Role, ROLES, UserSummaryDto } from '@balss/contracts';
import { UsersStore } from '@balss/web/admin/data-access';
import { ApiProblem, problemText, SessionStore } from '@balss/web/identity/data-access';
import { NoticeComponent, PagerComponent, ROLE_NAME_KEYS } from '@balss/web/identity/ui';
import { LanguageService } from '@balss/web/shared/i18n';
import { DataTableComponent, TableRowsDirective } from '@balss/web/shared/ui';
import { TranslocoPipe, TranslocoService, translateSignal } from '@jsverse/transloco';

/** Roles a municipal administrator may grant (platform administrators are made by the platform). */
const GRANTABLE: readonly Role[] = ROLES.filter((role) => role !== 'platform_admin');

type Outcome = { tone: 'error' | 'success'; message: string; params: Record<string, unknown> };

/**
 * People of the administrator's municipality and their roles. Granting and revoking need
 * `users:assign-roles` (an auditor sees the list read-only); each change is announced.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, NoticeComponent, PagerComponent, TableRowsDirective, TranslocoPipe],
  providers: [UsersStore],
  selector: 'balss-users-page',
  styleUrl: '../admin-pages.scss',
  templateUrl: './users-page.component.html',
})
export class UsersPageComponent {
  private readonly locale = inject(LanguageService).current;
  private readonly session = inject(SessionStore);
  private readonly transloco = inject(TranslocoService);

  protected readonly store = inject(UsersStore);
  protected readonly canAssign = computed(() => this.session.permissions().has('users:assign-roles'));
  private readonly allColumns = translateSignal([
    'admin.users.columns.name',
    'admin.users.columns.email',
    'admin.users.columns.roles',
    'admin.users.columns.created',
    'admin.users.columns.addRole',
  ]);
  /** "Add a role" only for those who may grant one. */
  protected readonly columns = computed(() => (this.canAssign() ? this.allColumns() : this.allColumns().slice(0, -1)));
  protected readonly roles = ROLES;
  protected readonly grantable = GRANTABLE;
  protected readonly roleKeys = ROLE_NAME_KEYS;
  protected readonly outcome = signal<Outcome | undefined>(undefined);
  /** The role chosen in each row's "add a role" select, by user id. */
  protected readonly chosen = signal<Record<string, Role>>({});
  protected readonly problemKey = computed(() => {
    const problem = this.store.problem();
    return problem ? problemText(problem).message : undefined;
  });

  protected nameOf(user: UserSummaryDto): string {
    return user.displayName ?? user.email ?? this.transloco.translate('admin.users.erased');
  }

  /** An address split before its "@", so that a narrow column breaks it there first. */
  protected addressParts(address: string): { name: string; domain: string } {
    const at = Math.max(address.lastIndexOf('@'), 0);
    return { domain: address.slice(at), name: address.slice(0, at) };
  }

  protected formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium' }).format(new Date(iso));
  }

  protected filterByRole(value: string): void {
    this.store.showRole(isRole(value) ? value : undefined);
  }

  protected choose(userId: string, value: string): void {
    if (isRole(value)) {
      this.chosen.update((chosen) => ({ ...chosen, [userId]: value }));
    }
  }

  protected chosenFor(user: UserSummaryDto): Role {
    return this.chosen()[user.id] ?? this.grantable.find((role) => !user.roles.includes(role)) ?? 'resident';
  }

  protected async grant(user: UserSummaryDto): Promise<void> {
    const role = this.chosenFor(user);
    await this.change(() => this.store.grant(user.id, role), 'admin.users.granted', user, role);
  }

  protected async revoke(user: UserSummaryDto, role: Role): Promise<void> {
    await this.change(() => this.store.revoke(user.id, role), 'admin.users.revoked', user, role);
  }

  private async change(action: () => Promise<void>, done: string, user: UserSummaryDto, role: Role): Promise<void> {
    const params = { name: this.nameOf(user), role: this.transloco.translate(ROLE_NAME_KEYS[role]) };
    try {
      await action();
      this.outcome.set({ message: done, params, tone: 'success' });
    } catch (problem) {
      const text = problemText(problem as ApiProblem, {
        reasons: { LAST_ADMIN: 'admin.users.errors.lastAdmin' },
      });
      this.outcome.set({ message: text.message, params: { ...params, ...text.params }, tone: 'error' });
    }
  }
}
