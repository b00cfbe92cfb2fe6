/**
 * A signed-in administrator over plain fetch, as the web app is one: it keeps the cookies the api sets
 * and repeats the CSRF cookie in the X-CSRF-Token header of state-changing requests (double submit).
 */
import { AuthRoutes, CSRF_COOKIE, CSRF_HEADER } from '@balss/contracts';

export class ApiSession {
  private readonly cookies = new Map<string, string>();

  /** `signal`: aborts every request from then on (Ctrl-C). */
  private constructor(
    private readonly baseUrl: string,
    private readonly signal: AbortSignal,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string, signal: AbortSignal): Promise<ApiSession> {
    const session = new ApiSession(baseUrl, signal);
    await session.json('GET', AuthRoutes.csrf);
    await session.json('POST', AuthRoutes.login, { email, password });
    return session;
  }

  /** The parsed JSON answer; throws with the status and body on anything but 2xx. */
  async json<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const res = await this.send(
      method,
      path,
      body === undefined ? undefined : JSON.stringify(body),
      'application/json',
    );
    return (await res.json()) as T;
  }

  /** Sends `body` as-is (e.g. a CSV); returns the answer after checking it is 2xx. */
  async send(method: 'GET' | 'POST', path: string, body?: string, contentType?: string): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) {
      headers['Cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (method !== 'GET' && csrf) {
      headers[CSRF_HEADER] = csrf;
    }
    if (contentType && body !== undefined) {
      headers['Content-Type'] = contentType;
    }
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body, signal: this.signal });
    this.remember(res);
    if (!res.ok) {
      throw new Error(`${method} ${path} answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
    }
    return res;
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', ...rest] = pair.split('=');
      const value = decodeURIComponent(rest.join('='));
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) {
        this.cookies.delete(name.trim());
      } else {
        this.cookies.set(name.trim(), value);
      }
    }
  }
}
