import { Injectable } from '@nestjs/common';
import { ValidationError } from '@balss/util-errors';
import { hashSecret, newSecret } from '../crypto/secrets';
import { OneTimeTokenRepository } from '../persistence/one-time-token.repository';
import type { Tx } from '../persistence/transactions';
import { Clock } from '../util/clock';

/** Purposes of e-mailed links. Other domains may use their own strings (`mentor-confirmation`). */
export type OneTimeTokenPurpose = 'verify-email' | 'reset-password' | (string & {});

/** Why a link did not work; `details.reason` of the 400 answer, so the page can say what to do. */
export type InvalidTokenReason = 'unknown' | 'used' | 'expired';

export class InvalidOneTimeTokenError extends ValidationError {
  constructor(readonly reason: InvalidTokenReason) {
    super(
      {
        unknown: 'This link is not valid. Ask for a new one.',
        used: 'This link has already been used. Ask for a new one if you still need it.',
        expired: 'This link has expired. Ask for a new one.',
      }[reason],
      { details: [{ field: 'token', messages: [`token is ${reason}`], reason }] },
    );
  }
}

/**
 * Single-use, expiring secrets for e-mailed links. Only the SHA-256 is stored; issuing a new link
 * for the same purpose voids the older unused ones, so only the latest e-mail works.
 */
@Injectable()
export class OneTimeTokenService {
  constructor(
    private readonly tokens: OneTimeTokenRepository,
    private readonly clock: Clock,
  ) {}

  /** Returns the secret to put in the link; valid for `ttlMinutes`. */
  async issue(tx: Tx, userId: string, purpose: OneTimeTokenPurpose, ttlMinutes: number): Promise<{ token: string; id: string }> {
    const now = this.clock.now();
    await this.tokens.invalidateOpen(tx, userId, purpose, now);
    const token = newSecret();
    const row = await this.tokens.insert(tx, {
      userId,
      purpose,
      tokenHash: hashSecret(token),
      expiresAt: new Date(now.getTime() + ttlMinutes * 60_000),
    });
    return { token, id: row.id };
  }

  /** Uses the token up and returns its user id; throws InvalidOneTimeTokenError saying why not. */
  async consume(tx: Tx, token: string, purpose: OneTimeTokenPurpose): Promise<{ userId: string }> {
    const hash = hashSecret(token);
    const row = await this.tokens.consume(tx, hash, purpose, this.clock.now());
    if (row) {
      return { userId: row.userId };
    }
    const existing = await this.tokens.findByHash(hash, purpose);
    throw new InvalidOneTimeTokenError(!existing ? 'unknown' : existing.usedAt ? 'used' : 'expired');
  }
}
