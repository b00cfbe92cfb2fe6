import { HttpClient, HttpHeaders, httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import {
  CreateYouthCodeBatchDto,
  IssuedYouthCodesDto,
  YOUTH_CODE_SHEET_KEY_HEADER,
  YouthCodeBatchDto,
  YouthRoutes,
} from '@balss/contracts';
import { ApiProblem, send, toApiProblem } from '@balss/web/identity/data-access';

/**
 * Youth code batches of the municipality. Plain codes exist only in the answer to creating or
 * re-issuing a batch; the printable sheet is fetched with the one-time sheet key in a header
 * (never in a URL). Provide it in the page, so issued codes are forgotten when the page closes.
 */
@Injectable()
export class CodeBatchesStore {
  private readonly http = inject(HttpClient);
  private readonly resource = httpResource<YouthCodeBatchDto[]>(() => YouthRoutes.codeBatches);

  readonly batches = computed<readonly YouthCodeBatchDto[]>(() =>
    this.resource.hasValue() ? this.resource.value() : [],
  );
  readonly problem = computed<ApiProblem | undefined>(() => {
    const error = this.resource.error();
    return error ? toApiProblem(error) : undefined;
  });
  readonly loading = this.resource.isLoading;

  async create(body: CreateYouthCodeBatchDto): Promise<IssuedYouthCodesDto> {
    const issued = await send(this.http.post<IssuedYouthCodesDto>(YouthRoutes.codeBatches, body));
    this.resource.reload();
    return issued;
  }

  async reissue(batchId: string): Promise<IssuedYouthCodesDto> {
    const issued = await send(this.http.post<IssuedYouthCodesDto>(YouthRoutes.reissueCodeBatch(batchId), {}));
    this.resource.reload();
    return issued;
  }

  async revoke(batchId: string): Promise<void> {
    await send(this.http.post<YouthCodeBatchDto>(YouthRoutes.revokeCodeBatch(batchId), {}));
    this.resource.reload();
  }

  /** The printable sheet (HTML) of a batch just issued. */
  sheet(issued: IssuedYouthCodesDto): Promise<string> {
    return send(
      this.http.get(issued.sheetUrl, {
        headers: new HttpHeaders({ [YOUTH_CODE_SHEET_KEY_HEADER]: issued.sheetKey }),
        responseType: 'text',
      }),
    );
  }

  reload(): void {
    this.resource.reload();
  }
}
