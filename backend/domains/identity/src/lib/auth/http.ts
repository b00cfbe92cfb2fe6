/**
 * The parts of Express's request and response identity uses ('express' is not a direct dependency).
 * `cookies` is filled by cookie-parser, which the api installs in configureApp.
 */
export interface HttpRequest {
  method: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  body?: unknown;
  user?: unknown;
}

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: 'lax' | 'strict';
  secure: boolean;
  path: string;
}

export interface HttpResponse {
  cookie(name: string, value: string, options: CookieOptions): unknown;
  clearCookie(name: string, options: CookieOptions): unknown;
  setHeader(name: string, value: string): unknown;
}

export function header(request: HttpRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function clientOf(request: HttpRequest): { ip: string | null; userAgent: string | null } {
  return { ip: request.ip ?? null, userAgent: header(request, 'user-agent') ?? null };
}
