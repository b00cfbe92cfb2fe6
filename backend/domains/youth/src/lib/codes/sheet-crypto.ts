import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The printable sheet's copy of a batch's codes, sealed with AES-256-GCM under a random key that
 * is handed to the administrator once (`sheetKey`) and never stored. The database alone cannot
 * open it; the key alone is useless once the copy is erased (YOUTH_CODE_SHEET_HOURS after issue).
 * Layout: 12-byte IV ‖ 16-byte tag ‖ ciphertext of the codes as JSON.
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** Binds the ciphertext to its batch: a copy moved to another batch row does not open. */
const aad = (batchId: string) => Buffer.from(`balss:youth-code-sheet:${batchId}`, 'utf8');

export interface SealedSheet {
  key: string;
  sealed: Buffer;
}

export function sealSheet(batchId: string, codes: readonly string[]): SealedSheet {
  const key = randomBytes(KEY_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(batchId));
  const body = Buffer.concat([cipher.update(JSON.stringify(codes), 'utf8'), cipher.final()]);
  return { key: key.toString('base64url'), sealed: Buffer.concat([iv, cipher.getAuthTag(), body]) };
}

/** The codes, or null when the key is not this copy's key (or the copy was tampered with). */
export function openSheet(batchId: string, sealed: Buffer, key: string): string[] | null {
  const keyBytes = Buffer.from(key, 'base64url');
  if (keyBytes.length !== KEY_BYTES || sealed.length <= IV_BYTES + TAG_BYTES) {
    return null;
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyBytes, sealed.subarray(0, IV_BYTES)).setAAD(aad(batchId));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    const codes: unknown = JSON.parse(plain.toString('utf8'));
    return Array.isArray(codes) && codes.every((c) => typeof c === 'string') ? codes : null;
  } catch {
    return null;
  }
}
