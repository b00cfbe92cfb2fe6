import { Injectable } from '@nestjs/common';
import type { AuthMethod } from '@balss/contracts';
import type { Actor } from '@balss/platform/auth';
import { AppConfig } from '@balss/platform/config';
import { ipPrefix, userAgentSummary } from '../crypto/client-summary';
import { csrfTokenForSession, hashSecret, newSecret } from '../crypto/secrets';
import type { SessionEntity } from '../entities/session.entity';
import { type EndedSession, SessionRepository } from '../persistence/session.repository';
import type { Tx } from '../persistence/transactions';
import { Clock } from '../util/clock';
import { ActorFactory } from './actor.factory';

/** What the server knows about the client starting a session; summarised before storing. */
export interface ClientInfo {
  ip?: string | null;
  userAgent?: string | null;
}

export interface StartedSession {
  /** The cookie value. Never stored, never logged. */
  token: string;
  csrfToken: string;
  session: SessionEntity;
}

/** Writing `last_seen_at` on every request would turn every read into a write; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Server-side sessions: create, resolve, end. Lifetimes come from config (SESSION_IDLE_MINUTES,
 * SESSION_ABSOLUTE_HOURS). Used by the password sign-in here and by the e-ID and youth-code
 * sign-ins of other domains (through `SignInService`, which also sets the cookies and audits).
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly actors: ActorFactory,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async start(
    tx: Tx,
    user: { userId: string; municipalityId: string; method: AuthMethod },
    client: ClientInfo,
  ): Promise<StartedSession> {
    const now = this.clock.now();
    await this.sessions.deleteEndedOfUser(tx, user.userId, now, this.idleMs);
    const token = newSecret();
    const session = await this.sessions.insert(tx, {
      tokenHash: hashSecret(token),
      userId: user.userId,
      municipalityId: user.municipalityId,
      authMethod: user.method,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.auth.sessionAbsoluteHours * 3_600_000),
      ipPrefix: ipPrefix(client.ip),
      userAgent: userAgentSummary(client.userAgent),
    });
    return { token, csrfToken: csrfTokenForSession(token), session };
  }

  /** The actor behind a session cookie, or null when the token is unknown, idle too long or expired. */
  async resolve(token: string): Promise<Actor | null> {
    const now = this.clock.now();
    const session = await this.sessions.findLive(hashSecret(token), now, this.idleMs);
    if (!session) {
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(session.id, now);
    }
    return this.actors.build(session.userId, session.municipalityId, {
      kind: 'session',
      sessionId: session.id,
      method: session.authMethod,
      authenticatedAt: session.createdAt,
    });
  }

  /** Ends the session of a cookie value; returns what it was (for the audit entry) or null. */
  end(tx: Tx, token: string): Promise<EndedSession | null> {
    return this.sessions.deleteByTokenHash(hashSecret(token), tx);
  }

  /** Signs a user out everywhere (after a password reset, on erasure), optionally except one session. */
  endAllOf(tx: Tx, userId: string, exceptSessionId?: string): Promise<number> {
    return this.sessions.deleteAllOfUser(tx, userId, exceptSessionId);
  }

  /** The user's live sessions, newest first. */
  listLive(userId: string, tx?: Tx): Promise<SessionEntity[]> {
    return this.sessions.listLiveOfUser(userId, this.clock.now(), this.idleMs, tx);
  }

  /** When a session idle since `lastSeenAt` ends. */
  idleEnd(lastSeenAt: Date): Date {
    return new Date(lastSeenAt.getTime() + this.idleMs);
  }

  private get idleMs(): number {
    return this.config.auth.sessionIdleMinutes * 60_000;
  }
}
