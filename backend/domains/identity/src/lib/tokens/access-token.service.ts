import { Injectable } from '@nestjs/common';
import { ACCESS_TOKEN_PREFIX, type AccessTokenDto, type CreateAccessTokenDto, type CreatedAccessTokenDto } from '@balss/contracts';
import { type Actor, assertBrowserSession, assertPermission } from '@balss/platform/auth';
import { NotFoundError, RuleViolationError } from '@balss/util-errors';
import { hashSecret, newSecret } from '../crypto/secrets';
import type { AccessTokenEntity } from '../entities/access-token.entity';
import { AuditService } from '../audit/audit.service';
import { AccessTokenRepository } from '../persistence/access-token.repository';
import { Transactions } from '../persistence/transactions';
import { ActorFactory } from '../sessions/actor.factory';
import { Clock } from '../util/clock';

export const DEFAULT_TOKEN_DAYS = 90;
/** A person rarely needs more; a cap keeps a forgotten script from accumulating secrets. */
const MAX_TOKENS_PER_USER = 20;
const LAST_USED_INTERVAL_MS = 60_000;

/**
 * Personal access tokens for API clients. Creating and revoking them needs a browser session: a
 * stolen token must not be able to mint more tokens and outlive its own revocation.
 */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly tokens: AccessTokenRepository,
    private readonly actors: ActorFactory,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** The actor behind a bearer token, or null when it is unknown, revoked or expired. */
  async resolve(token: string): Promise<Actor | null> {
    if (!token.startsWith(ACCESS_TOKEN_PREFIX)) {
      return null;
    }
    const now = this.clock.now();
    const row = await this.tokens.findLive(hashSecret(token), now);
    if (!row) {
      return null;
    }
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_INTERVAL_MS) {
      await this.tokens.touch(row.id, now);
    }
    return this.actors.build(row.userId, row.municipalityId, { kind: 'access-token', tokenId: row.id });
  }

  async create(actor: Actor, input: CreateAccessTokenDto, ipPrefix: string | null): Promise<CreatedAccessTokenDto> {
    assertPermission(actor, 'account:manage-own');
    assertBrowserSession(actor);
    if ((await this.tokens.countOfUser(actor.userId)) >= MAX_TOKENS_PER_USER) {
      throw new RuleViolationError(`You already have ${MAX_TOKENS_PER_USER} access tokens; revoke one first.`);
    }
    const secret = `${ACCESS_TOKEN_PREFIX}${newSecret()}`;
    const now = this.clock.now();
    const days = input.expiresInDays ?? DEFAULT_TOKEN_DAYS;
    const row = await this.transactions.run(async (tx) => {
      const created = await this.tokens.insert(tx, {
        userId: actor.userId,
        municipalityId: actor.municipalityId,
        name: input.name.trim(),
        tokenHash: hashSecret(secret),
        hint: secret.slice(ACCESS_TOKEN_PREFIX.length, ACCESS_TOKEN_PREFIX.length + 4),
        expiresAt: new Date(now.getTime() + days * 86_400_000),
      });
      await this.audit.record(tx, {
        action: 'account.token-created',
        municipalityId: actor.municipalityId,
        actorUserId: actor.userId,
        target: { type: 'access-token', id: created.id },
        ipPrefix,
        details: { expiresInDays: days },
      });
      return created;
    });
    return { ...toAccessTokenDto(row), token: secret };
  }

  async list(actor: Actor): Promise<AccessTokenDto[]> {
    assertPermission(actor, 'account:read-own');
    return (await this.tokens.listOfUser(actor.userId)).map(toAccessTokenDto);
  }

  async revoke(actor: Actor, tokenId: string, ipPrefix: string | null): Promise<void> {
    assertPermission(actor, 'account:manage-own');
    assertBrowserSession(actor);
    await this.transactions.run(async (tx) => {
      if (!(await this.tokens.deleteOfUser(tx, actor.userId, tokenId))) {
        throw new NotFoundError('There is no such access token.');
      }
      await this.audit.record(tx, {
        action: 'account.token-revoked',
        municipalityId: actor.municipalityId,
        actorUserId: actor.userId,
        target: { type: 'access-token', id: tokenId },
        ipPrefix,
      });
    });
  }
}

export function toAccessTokenDto(row: AccessTokenEntity): AccessTokenDto {
  return {
    id: row.id,
    name: row.name,
    hint: row.hint,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
  };
}
