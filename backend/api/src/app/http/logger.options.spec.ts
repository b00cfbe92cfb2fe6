import type { IncomingMessage, ServerResponse } from 'node:http';
import { assignRequestId } from './logger.options';

const call = (headers: Record<string, string>) => {
  const request = { headers } as unknown as IncomingMessage & { id?: unknown };
  const setHeader = jest.fn();
  const id = assignRequestId(request, { setHeader } as unknown as ServerResponse);
  return { id, request, setHeader };
};

describe('request ids', () => {
  it('honours a plain incoming x-request-id and echoes it', () => {
    const { id, request, setHeader } = call({ 'x-request-id': 'web-1234.abcd' });
    expect(id).toBe('web-1234.abcd');
    expect(request.id).toBe('web-1234.abcd');
    expect(setHeader).toHaveBeenCalledWith('x-request-id', 'web-1234.abcd');
  });

  it('replaces an id that could forge log lines or bloat them', () => {
    expect(call({ 'x-request-id': 'a\nlevel=fatal' }).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(call({ 'x-request-id': 'x'.repeat(500) }).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(call({}).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the id it already gave a request', () => {
    const request = { headers: {}, id: 'first' } as unknown as IncomingMessage;
    expect(assignRequestId(request, { setHeader: jest.fn() } as unknown as ServerResponse)).toBe('first');
  });
});
