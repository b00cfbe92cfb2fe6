import request, { type Response } from 'supertest';
import { CSRF_COOKIE, CSRF_HEADER } from '@balss/contracts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type HttpServer = Parameters<typeof request>[0];

export interface SendOptions {
  body?: unknown;
  query?: Record<string, string | number>;
  /** false: send no CSRF header; a string: send that instead of the cookie's value. */
  csrf?: false | string;
  headers?: Record<string, string>;
}

/**
 * A browser as far as the API can tell: it keeps the cookies the server sets and, like the web app,
 * copies the CSRF cookie into the X-CSRF-Token header of state-changing requests. With a bearer
 * token it is an API client instead (no cookies, no CSRF).
 */
export class HttpClient {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly server: HttpServer,
    private readonly bearer?: string,
  ) {}

  get = (path: string, options?: SendOptions) => this.send('get', path, options);
  post = (path: string, options?: SendOptions) => this.send('post', path, options);
  put = (path: string, options?: SendOptions) => this.send('put', path, options);
  delete = (path: string, options?: SendOptions) => this.send('delete', path, options);

  async send(method: Method, path: string, options: SendOptions = {}): Promise<Response> {
    let test = request(this.server)[method](path);
    if (this.bearer) {
      test = test.set('Authorization', `Bearer ${this.bearer}`);
    }
    if (this.cookies.size > 0) {
      test = test.set('Cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const csrf = options.csrf === undefined ? this.cookies.get(CSRF_COOKIE) : options.csrf;
    if (method !== 'get' && csrf) {
      test = test.set(CSRF_HEADER, csrf);
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      test = test.set(name, value);
    }
    if (options.query) {
      test = test.query(options.query);
    }
    const response = options.body === undefined ? await test : await test.send(options.body as object);
    this.remember(response);
    return response;
  }

  /** Fetches the anonymous CSRF cookie, as the web app does before its first form. */
  async primeCsrf(): Promise<this> {
    await this.get('/api/auth/csrf');
    return this;
  }

  private remember(response: Response): void {
    const setCookie = response.headers['set-cookie'] as unknown as string[] | undefined;
    for (const line of setCookie ?? []) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = decodeURIComponent(rest.join('='));
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) {
        this.cookies.delete(name.trim());
      } else {
        this.cookies.set(name.trim(), value);
      }
    }
  }
}
