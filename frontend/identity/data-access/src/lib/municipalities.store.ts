import { httpResource } from '@angular/common/http';
import { computed, Injectable } from '@angular/core';
import { ApiRoutes, MunicipalitySummaryDto } from '@balss/contracts';

/** Every municipality (public list): one e-ID button each, and the home municipality of a new account. */
@Injectable({ providedIn: 'root' })
export class MunicipalitiesStore {
  private readonly resource = httpResource<MunicipalitySummaryDto[]>(() => ApiRoutes.municipalities);

  readonly municipalities = computed<readonly MunicipalitySummaryDto[]>(() =>
    this.resource.hasValue() ? this.resource.value() : [],
  );
  readonly loading = this.resource.isLoading;
  readonly failed = computed(() => this.resource.error() !== undefined);

  reload(): void {
    this.resource.reload();
  }
}
