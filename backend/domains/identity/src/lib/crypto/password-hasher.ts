import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's first recommended setting (Password Storage Cheat Sheet, 2023+): 19 MiB of
 * memory, 2 passes, 1 lane. Memory-hardness is what makes GPU/ASIC guessing expensive; 19 MiB × 2
 * passes costs ~100 ms on one core of the 2-core server this runs on, which keeps a sign-in fast for
 * a person while the login rate limits (per IP and per account) cap how many hashes an attacker can
 * make us compute. The parameters are stored inside each PHC string, so raising them later only
 * affects new hashes; `needsRehash` lets sign-in upgrade old ones.
 */
export const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * A real hash of a random string, verified against when an address is unknown, so "no such account"
 * takes as long as "wrong password" and response times do not reveal who has an account.
 */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$gNGI7GeOOxlNyH5EpiveWw$ULVfKruQR3DKGOQ7IiUdNnwZDLMyTFwYEROsS852fdA';

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  /** False for a wrong password and for a malformed stored hash (never throws on bad input). */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    try {
      return await verify(storedHash ?? DUMMY_HASH, password);
    } catch {
      return false;
    }
  }

  needsRehash(storedHash: string): boolean {
    const match = /\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
    if (!storedHash.startsWith('$argon2id$') || !match) {
      return true;
    }
    return Number(match[1]) < ARGON2_OPTIONS.memoryCost || Number(match[2]) < ARGON2_OPTIONS.timeCost;
  }
}
