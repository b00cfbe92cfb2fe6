import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { MentorYouthDto, YouthRoutes, YouthStatusDto } from '@balss/contracts';
import { ApiProblem, SessionStore, toApiProblem } from '@balss/web/identity/data-access';

/** The signed-in young person's standing (`GET /api/youth/me`); asked only with the youth permission. */
@Injectable({ providedIn: 'root' })
export class YouthStatusStore {
  private readonly session = inject(SessionStore);
  private readonly resource = httpResource<YouthStatusDto>(() =>
    this.session.user() && this.session.can('youth:draft-application') ? { url: YouthRoutes.me } : undefined,
  );

  readonly status = computed<YouthStatusDto | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  readonly problem = computed<ApiProblem | undefined>(() => {
    const error = this.resource.error();
    return error ? toApiProblem(error) : undefined;
  });
  readonly loading = this.resource.isLoading;

  /** After naming another adult the API answers with the new standing. */
  update(status: YouthStatusDto): void {
    this.resource.set(status);
  }

  reload(): void {
    this.resource.reload();
  }
}

/** The youths a responsible adult vouches for (`GET /api/mentor/youths`). */
@Injectable({ providedIn: 'root' })
export class MentorYouthsStore {
  private readonly session = inject(SessionStore);
  private readonly resource = httpResource<MentorYouthDto[]>(() =>
    this.session.user() && this.session.can('mentor:vouch') ? { url: YouthRoutes.mentorYouths } : undefined,
  );

  readonly youths = computed<readonly MentorYouthDto[]>(() => (this.resource.hasValue() ? this.resource.value() : []));
  readonly problem = computed<ApiProblem | undefined>(() => {
    const error = this.resource.error();
    return error ? toApiProblem(error) : undefined;
  });
  readonly loading = this.resource.isLoading;

  reload(): void {
    this.resource.reload();
  }
}
