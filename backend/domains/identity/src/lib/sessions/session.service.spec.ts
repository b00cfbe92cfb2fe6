import { AppConfig, loadConfig } from '@balss/platform/config';
import { csrfTokenForSession, hashSecret } from '../crypto/secrets';
import type { SessionEntity } from '../entities/session.entity';
import type { SessionRepository } from '../persistence/session.repository';
import type { Clock } from '../util/clock';
import type { ActorFactory } from './actor.factory';
import { SessionService } from './session.service';

describe('SessionService', () => {
  const now = new Date('2026-06-01T10:00:00Z');
  let sessions: jest.Mocked<Pick<SessionRepository, 'insert' | 'findLive' | 'touch' | 'deleteEndedOfUser'>>;
  let actors: jest.Mocked<Pick<ActorFactory, 'build'>>;
  let sut: SessionService;
  const config: AppConfig = loadConfig({ DATABASE_URL: 'postgres://x@h/db', REDIS_URL: 'redis://h', SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8' });

  beforeEach(() => {
    sessions = {
      insert: jest.fn(async (_tx, row) => ({ id: 's1', createdAt: now, ...row }) as SessionEntity),
      findLive: jest.fn(),
      touch: jest.fn(),
      deleteEndedOfUser: jest.fn(),
    };
    actors = { build: jest.fn().mockResolvedValue({ userId: 'u1' }) };
    sut = new SessionService(sessions as unknown as SessionRepository, actors as unknown as ActorFactory, config, { now: () => now } as Clock);
  });

  it('stores only the hash of the cookie value, with both expiries and a summarised client', async () => {
    const started = await sut.start({} as never, { userId: 'u1', municipalityId: 'm1', method: 'password' }, { ip: '203.0.113.9', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' });
    const row = sessions.insert.mock.calls[0][1];
    expect(row.tokenHash.equals(hashSecret(started.token))).toBe(true);
    expect(JSON.stringify(row)).not.toContain(started.token);
    expect(row.expiresAt).toEqual(new Date('2026-06-01T18:00:00Z'));
    expect(row).toMatchObject({ ipPrefix: '203.0.113.0/24', userAgent: 'Firefox on Linux', lastSeenAt: now });
    expect(started.csrfToken).toBe(csrfTokenForSession(started.token));
  });

  it('asks for sessions seen within the idle window and refreshes last-seen at most once a minute', async () => {
    sessions.findLive.mockResolvedValue({ id: 's1', userId: 'u1', municipalityId: 'm1', lastSeenAt: new Date(now.getTime() - 30_000), createdAt: now, authMethod: 'password' } as SessionEntity);
    await sut.resolve('token');
    expect(sessions.findLive).toHaveBeenCalledWith(hashSecret('token'), now, 30 * 60_000);
    expect(sessions.touch).not.toHaveBeenCalled();
    sessions.findLive.mockResolvedValue({ id: 's1', userId: 'u1', municipalityId: 'm1', lastSeenAt: new Date(now.getTime() - 120_000), createdAt: now, authMethod: 'password' } as SessionEntity);
    await sut.resolve('token');
    expect(sessions.touch).toHaveBeenCalledWith('s1', now);
  });

  it('knows nobody behind an unknown token', async () => {
    sessions.findLive.mockResolvedValue(null);
    expect(await sut.resolve('nope')).toBeNull();
    expect(actors.build).not.toHaveBeenCalled();
  });
});
