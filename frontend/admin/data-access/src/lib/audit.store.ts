import { httpResource } from '@angular/common/http';
import { computed, Injectable, signal } from '@angular/core';
import { AuditAction, AuditEventDto, IdentityRoutes, Page } from '@balss/contracts';
import { ApiProblem, toApiProblem } from '@balss/web/identity/data-access';

export const AUDIT_PAGE_SIZE = 50;

/** The municipality's audit trail, newest first, read-only; filter by action. Provide it in the page. */
@Injectable()
export class AuditStore {
  private readonly query = signal<{ action?: AuditAction; page: number }>({ page: 1 });
  private readonly resource = httpResource<Page<AuditEventDto>>(() => {
    const { action, page } = this.query();
    return {
      params: { page, pageSize: AUDIT_PAGE_SIZE, ...(action ? { action } : {}) },
      url: IdentityRoutes.audit,
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
