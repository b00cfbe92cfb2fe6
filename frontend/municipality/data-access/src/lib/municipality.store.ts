import { httpResource } from '@angular/common/http';
import { computed, Injectable, signal } from '@angular/core';
import { ApiRoutes, DEFAULT_MUNICIPALITY_SLUG, MunicipalityDto, NeighbourhoodDto } from '@balss/contracts';
import { LoadError, toLoadError } from './load-error';

export type MunicipalityStatus = 'error' | 'loading' | 'ready';

/**
 * The municipality (tenant) the public pages show, with its neighbourhoods. One instance for the
 * app: the shell header and the home page read the same request. The URL is relative so the app
 * works behind the api's same-origin static serving and the dev-server proxy alike.
 */
@Injectable({ providedIn: 'root' })
export class MunicipalityStore {
  private readonly slug = signal(DEFAULT_MUNICIPALITY_SLUG);
  private readonly resource = httpResource<MunicipalityDto>(() => ApiRoutes.municipality(this.slug()));

  readonly municipality = computed<MunicipalityDto | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  readonly neighbourhoods = computed<readonly NeighbourhoodDto[]>(() => this.municipality()?.neighbourhoods ?? []);
  readonly error = computed<LoadError | undefined>(() => {
    const error = this.resource.error();
    return error ? toLoadError(error) : undefined;
  });
  readonly status = computed<MunicipalityStatus>(() => {
    if (this.resource.isLoading()) {
      return 'loading';
    }
    if (this.error()) {
      return 'error';
    }
    return this.municipality() ? 'ready' : 'loading';
  });

  /** Shows another municipality (multi-tenant deployments); the request follows the signal. */
  selectMunicipality(slug: string): void {
    this.slug.set(slug);
  }

  reload(): void {
    this.resource.reload();
  }
}
