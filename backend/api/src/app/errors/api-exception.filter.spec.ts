import type { ArgumentsHost } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { NotFoundError } from '@balss/util-errors';
import { ApiExceptionFilter } from './api-exception.filter';
import { INTERNAL_ERROR_MESSAGE } from './error-response';

function httpHost(request: Record<string, unknown>, headersSent = false) {
  const response = {
    headersSent,
    status: jest.fn().mockReturnThis(),
    json: jest.fn().mockReturnThis(),
    end: jest.fn(),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { host, response };
}

describe('ApiExceptionFilter', () => {
  const sut = new ApiExceptionFilter();
  let error: jest.SpyInstance;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('answers a domain error with the stable body and the request id', () => {
    const { host, response } = httpHost({ id: 'req-1', method: 'GET', originalUrl: '/api/x', log: {} });
    sut.catch(new NotFoundError('There is no municipality "x".', { details: { slug: 'x' } }), host);
    expect(response.status).toHaveBeenCalledWith(404);
    expect(response.json).toHaveBeenCalledWith({
      code: 'NOT_FOUND',
      message: 'There is no municipality "x".',
      details: { slug: 'x' },
      requestId: 'req-1',
    });
    expect(error).not.toHaveBeenCalled();
  });

  it('logs an unknown error with its stack but answers only the fixed 500 sentence', () => {
    const { host, response } = httpHost({ id: 'req-2', method: 'POST', originalUrl: '/api/y', log: {} });
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    sut.catch(bug, host);
    expect(response.status).toHaveBeenCalledWith(500);
    expect(response.json).toHaveBeenCalledWith({ code: 'INTERNAL_ERROR', message: INTERNAL_ERROR_MESSAGE, requestId: 'req-2' });
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ err: bug, requestId: 'req-2' }), 'POST /api/y failed');
  });

  it('logs a rejection the request logger never saw (body-parser ran first)', () => {
    const { host } = httpHost({ id: 'req-3', method: 'POST', originalUrl: '/api/z' });
    sut.catch(Object.assign(new Error('request entity too large'), { expose: true, status: 413 }), host);
    expect(warn).toHaveBeenCalledWith({ requestId: 'req-3', status: 413 }, 'POST /api/z rejected: PAYLOAD_TOO_LARGE');
  });

  it('only ends a response whose headers are already sent', () => {
    const { host, response } = httpHost({ id: 'req-4', method: 'GET', originalUrl: '/api/s', log: {} }, true);
    sut.catch(new Error('stream broke'), host);
    expect(response.status).not.toHaveBeenCalled();
    expect(response.end).toHaveBeenCalled();
  });
});
