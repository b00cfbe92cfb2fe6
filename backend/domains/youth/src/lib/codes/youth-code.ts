import { randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { YOUTH_CODE_ALPHABET, YOUTH_CODE_LENGTH } from '@balss/contracts';

const scryptAsync = promisify(scrypt) as (password: string, salt: string, keylen: number, options: object) => Promise<Buffer>;

/**
 * A new code, `ABCD-EFGH-JK`: 10 symbols of the 32-symbol alphabet from the OS CSPRNG, 50 bits.
 * Each random byte's low 5 bits pick a symbol, so there is no modulo bias (32 divides 256).
 *
 * Why 50 bits is enough: a guess succeeds with probability (valid unused codes) / 2^50. Even with
 * 10,000 codes outstanding (Daugavpils has ~6,000 residents aged 13–17) that is 9·10⁻¹². Redemption
 * allows 5 × AUTH_RATE_LIMIT_PER_IP (150 by default: a classroom shares one address) attempts per
 * 15 minutes per IP, so 1,000 addresses guessing without pause for a whole year (~5·10⁹ guesses)
 * expect 0.05 hits — and a hit only yields a youth account that, for a minor, still needs an
 * adult's confirmation before it can submit anything. Ten symbols stay easy to type from paper.
 */
export function generateYouthCode(): string {
  const bytes = randomBytes(YOUTH_CODE_LENGTH);
  const symbols = [...bytes].map((byte) => YOUTH_CODE_ALPHABET[byte & 31]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** Distinct new codes (a repeat within one batch is astronomically unlikely, but cheap to exclude). */
export function generateYouthCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    codes.add(generateYouthCode());
  }
  return [...codes];
}

/**
 * Fixed, public salt: codes must be found by their hash, so there can be no per-code salt. The
 * domain separation stops a table of these hashes from doubling as a table of anything else.
 */
const CODE_HASH_SALT = 'balss:youth-code:v1';
/**
 * scrypt N=2¹², r=8 (4 MiB, ~10–30 ms per code on one core): a redemption pays it once, a batch of
 * 300 a few seconds spread over libuv's thread pool. A stolen database then costs an attacker
 * scrypt work per guess over a 2⁵⁰ space instead of one SHA-256, so the hashes are not a list of
 * usable codes. (A keyed HMAC would be cheaper and stronger but needs a server secret, which the
 * configuration does not hold yet.)
 */
const SCRYPT_OPTIONS = { N: 1 << 12, r: 8, p: 1, maxmem: 32 * 1024 * 1024 } as const;

/** The stored form of a code given in canonical form (`normaliseYouthCode`). */
export function hashYouthCode(canonicalCode: string): Promise<Buffer> {
  return scryptAsync(canonicalCode, CODE_HASH_SALT, 32, SCRYPT_OPTIONS);
}
