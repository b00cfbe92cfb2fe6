import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateMunicipalityDto, IdentityRoutes, MunicipalitySummaryDto } from '@balss/contracts';
import { MunicipalitiesStore, send } from '@balss/web/identity/data-access';

/**
 * Creating tenants (platform administrators). The list is the public one every page shares, so a
 * new municipality also appears at once in the sign-in and registration choices.
 */
@Injectable()
export class MunicipalitiesAdminStore {
  private readonly http = inject(HttpClient);
  private readonly list = inject(MunicipalitiesStore);

  readonly municipalities = this.list.municipalities;
  readonly loading = this.list.loading;
  readonly failed = this.list.failed;

  async create(body: CreateMunicipalityDto): Promise<MunicipalitySummaryDto> {
    const created = await send(this.http.post<MunicipalitySummaryDto>(IdentityRoutes.municipalities, body));
    this.list.reload();
    return created;
  }

  reload(): void {
    this.list.reload();
  }
}
