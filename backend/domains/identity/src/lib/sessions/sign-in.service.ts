import { Injectable } from '@nestjs/common';
import { type AuthMethod, SESSION_COOKIE } from '@balss/contracts';
import { ipPrefix } from '../crypto/client-summary';
import { AuditService } from '../audit/audit.service';
import { clientOf, type HttpRequest, type HttpResponse } from '../auth/http';
import { Transactions, type Tx } from '../persistence/transactions';
import { SessionCookies } from './session-cookies';
import { type StartedSession, SessionService } from './session.service';

export interface SignInSubject {
  userId: string;
  /** The municipality the session acts in: the user's home municipality. */
  municipalityId: string;
}

/**
 * The last step of every way of signing in — password here, e-ID and youth codes in their own
 * domains: end any session the browser already had (no session fixation), start a new one, write
 * the audit entry in the same transaction, set the cookies. Call it after you have proven who the
 * person is; it checks nothing about credentials itself.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly sessions: SessionService,
    private readonly cookies: SessionCookies,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /** Opens its own transaction, or joins the caller's when `tx` is given (commit before responding). */
  async signIn(
    request: HttpRequest,
    response: HttpResponse,
    subject: SignInSubject,
    method: AuthMethod,
    tx?: Tx,
  ): Promise<StartedSession> {
    const work = async (t: Tx) => {
      const previous = request.cookies?.[SESSION_COOKIE];
      if (previous) {
        await this.sessions.end(t, previous);
      }
      const started = await this.sessions.start(t, { ...subject, method }, clientOf(request));
      await this.audit.record(t, {
        action: 'auth.sign-in',
        municipalityId: subject.municipalityId,
        actorUserId: subject.userId,
        target: { type: 'user', id: subject.userId },
        ipPrefix: ipPrefix(request.ip),
        details: { method },
      });
      return started;
    };
    const started = tx ? await work(tx) : await this.transactions.run(work);
    this.cookies.set(response, started);
    return started;
  }

  /** Ends the browser's session (if any) and clears the cookies. Harmless without a session. */
  async signOut(request: HttpRequest, response: HttpResponse): Promise<void> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (token) {
      await this.transactions.run(async (tx) => {
        const ended = await this.sessions.end(tx, token);
        if (ended) {
          await this.audit.record(tx, {
            action: 'auth.sign-out',
            municipalityId: ended.municipalityId,
            actorUserId: ended.userId,
            target: { type: 'user', id: ended.userId },
            ipPrefix: ipPrefix(request.ip),
          });
        }
      });
    }
    this.cookies.clear(response);
  }
}
