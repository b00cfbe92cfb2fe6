import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { AuditAction, AuditEventDto, IdentityRoutes, Page } from '@balss/contracts';
import { ApiProblem, toApiProblem } from '@balss/web/identity/data-access';

export const AUDIT_PAGE_SIZE = 50;

/** Which trail: the caller's municipality's, or the platform's (events that belong to no municipality). */
export type AuditScope = 'municipality' | 'platform';

/** A route provides 'platform' to point the same page and store at the platform's trail. */
export const AUDIT_SCOPE = new InjectionToken<AuditScope>('AUDIT_SCOPE', { factory: () => 'municipality' });

/** An audit trail, newest first, read-only; filter by action. Provide it in the page. */
@Injectable()
export class AuditStore {
  readonly scope = inject(AUDIT_SCOPE);
  private readonly url = this.scope === 'platform' ? IdentityRoutes.platformAudit : IdentityRoutes.audit;
  private readonly query = signal<{ action?: AuditAction; page: number }>({ page: 1 });
  private readonly resource = httpResource<Page<AuditEventDto>>(() => {
    const { action, page } = this.query();
    return {
      params: { page, pageSize: AUDIT_PAGE_SIZE, ...(action ? { action } : {}) },
      url: this.url,
    };
  });

  readonly page = computed<Page<AuditEventDto> | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  readonly problem = computed<ApiProblem | undefined>(() => {
    const error = this.resource.error();
    return error ? toApiProblem(error) : undefined;
  });
  readonly loading = this.resource.isLoading;
  readonly action = computed(() => this.query().action);
  readonly pageCount = computed(() => {
    const page = this.page();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });

  showAction(action: AuditAction | undefined): void {
    this.query.set(action ? { action, page: 1 } : { page: 1 });
  }

  showPage(page: number): void {
    this.query.update((query) => ({ ...query, page }));
  }

  reload(): void {
    this.resource.reload();
  }
}
