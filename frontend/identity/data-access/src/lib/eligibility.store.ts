import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { RegisterRoutes, VoterEligibilityDto } from '@balss/contracts';
import { ApiProblem, toApiProblem } from './api-problem';
import { SessionStore } from './session.store';

/**
 * "May I vote?" for the signed-in resident, today (Europe/Riga, the server decides). Asked only while
 * someone with `eligibility:read-own` is signed in, and asked again when the person changes.
 */
@Injectable({ providedIn: 'root' })
export class EligibilityStore {
  private readonly session = inject(SessionStore);
  private readonly resource = httpResource<VoterEligibilityDto>(() => {
    const user = this.session.user();
    // A new request object per person, so a different person signing in asks again.
    return user && this.session.can('eligibility:read-own') ? { url: RegisterRoutes.myEligibility } : undefined;
  });

  readonly eligibility = computed<VoterEligibilityDto | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  readonly problem = computed<ApiProblem | undefined>(() => {
    const error = this.resource.error();
    return error ? toApiProblem(error) : undefined;
  });
  readonly loading = this.resource.isLoading;

  reload(): void {
    this.resource.reload();
  }
}
