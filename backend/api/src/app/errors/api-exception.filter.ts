import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { ApiErrorBody } from '@balss/contracts';
import { toErrorResponse } from './error-response';

/** The parts of Express's request and response the filter uses ('express' is not a direct dependency). */
interface FailedRequest {
  id?: unknown;
  log?: unknown;
  method: string;
  originalUrl: string;
}

interface ErrorReply {
  headersSent: boolean;
  end(): void;
  status(code: number): { json(body: unknown): unknown };
}

/**
 * The one exception filter: every failed request, whatever threw, answers with
 * `{ code, message, details?, requestId }`. 5xx are logged with the full error (and its cause chain)
 * so the request id in the body leads to the stack in the logs, while the client sees none of it.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FailedRequest>();
    const response = http.getResponse<ErrorReply>();
    const { status, body } = toErrorResponse(exception);
    const requestId = request.id === undefined ? undefined : String(request.id);
    if (status >= 500) {
      this.logger.error({ err: exception, requestId, status }, `${request.method} ${request.originalUrl} failed`);
    } else if (!('log' in request)) {
      // Rejected before the request logger ran (body-parser: 413, malformed JSON); log it here instead.
      this.logger.warn({ requestId, status }, `${request.method} ${request.originalUrl} rejected: ${body.code}`);
    }
    if (response.headersSent) {
      // A streamed response failed midway: the status line is gone, so all we can do is end it.
      response.end();
      return;
    }
    const payload: ApiErrorBody = requestId === undefined ? body : { ...body, requestId };
    response.status(status).json(payload);
  }
}
