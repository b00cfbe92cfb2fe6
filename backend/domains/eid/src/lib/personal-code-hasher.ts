import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { parsePersonalCode, type PersonalCode } from '@balss/eligibility';
import { AppConfig } from '@balss/platform/config';

/**
 * The one way a personas kods becomes storable: HMAC-SHA-256 over its canonical written form
 * ("DDMMYY-NNNNN", see `parsePersonalCode`) keyed with PERSONAL_CODE_HMAC_SECRET. A plain hash would
 * not do: there are only ~10^11 possible codes (fewer with a known birth date), so anyone holding a
 * dump could hash them all in minutes. With the key in the secret store and not in the database, the
 * stored values are useless alone. e-ID links and the voter register use the same key, which is what
 * lets "this signed-in person" be found in "this register" without either storing the code.
 */
@Injectable()
export class PersonalCodeHasher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = Buffer.from(config.personalCodes.hmacSecret, 'utf8');
  }

  /** 32 bytes. Pass `PersonalCode.normalized`, so "12059010000" and "120590-10000" hash alike. */
  hash(code: PersonalCode): Buffer {
    return createHmac('sha256', this.key).update(code.normalized, 'utf8').digest();
  }

  /**
   * Parses a code as an identity provider sends it — with or without the hyphen, or as an ETSI
   * natural-person identifier ("PNOLV-120590-10000", used by Smart-ID and eParaksts) — and hashes it.
   * Null when it is not a valid Latvian personal code.
   */
  hashClaim(value: unknown): Buffer | null {
    if (typeof value !== 'string') {
      return null;
    }
    const parsed = parsePersonalCode(value.trim().replace(/^PNOLV-/i, ''));
    return parsed.ok ? this.hash(parsed.code) : null;
  }
}
