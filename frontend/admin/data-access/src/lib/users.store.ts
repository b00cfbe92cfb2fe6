import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { IdentityRoutes, Page, Role, UserSummaryDto } from '@balss/contracts';
import { ApiProblem, send, toApiProblem } from '@balss/web/identity/data-access';

export const USERS_PAGE_SIZE = 25;

/**
 * The people of the administrator's municipality (the API answers only with the session's own
 * tenant), page by page, optionally of one role; granting and revoking roles reloads the page.
 * Provide it in the page component, so its state ends with the page.
 */
@Injectable()
export class UsersStore {
  private readonly http = inject(HttpClient);
  private readonly query = signal<{ page: number; role?: Role }>({ page: 1 });
  private readonly resource = httpResource<Page<UserSummaryDto>>(() => {
    const { page, role } = this.query();
    return {
      params: { page, pageSize: USERS_PAGE_SIZE, ...(role ? { role } : {}) },
      url: IdentityRoutes.users,
    };
  });

  readonly page = computed<Page<UserSummaryDto> | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  readonly problem = computed<ApiProblem | undefined>(() => {
    const error = this.resource.error();
    return error ? toApiProblem(error) : undefined;
  });
  readonly loading = this.resource.isLoading;
  readonly role = computed(() => this.query().role);
  readonly pageCount = computed(() => {
    const page = this.page();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });

  showRole(role: Role | undefined): void {
    this.query.set(role ? { page: 1, role } : { page: 1 });
  }

  showPage(page: number): void {
    this.query.update((query) => ({ ...query, page }));
  }

  async grant(userId: string, role: Role): Promise<void> {
    await send(this.http.put<void>(IdentityRoutes.userRole(userId, role), {}));
    this.resource.reload();
  }

  async revoke(userId: string, role: Role): Promise<void> {
    await send(this.http.delete<void>(IdentityRoutes.userRole(userId, role)));
    this.resource.reload();
  }

  reload(): void {
    this.resource.reload();
  }
}
