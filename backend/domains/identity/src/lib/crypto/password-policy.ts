import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@balss/contracts';
import { ValidationError } from '@balss/util-errors';
import { COMMON_PASSWORDS } from './common-passwords';

/** Why a password was refused; the web app shows a translated sentence for each. */
export type WeakPasswordReason = 'too-short' | 'too-long' | 'common' | 'contains-identity' | 'repetitive';

export class WeakPasswordError extends ValidationError {
  constructor(
    readonly reason: WeakPasswordReason,
    field = 'password',
  ) {
    super(MESSAGES[reason], { details: [{ field, messages: [MESSAGES[reason]], reason }] });
  }
}

const MESSAGES: Record<WeakPasswordReason, string> = {
  'too-short': `The password must have at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one.`,
  'too-long': `The password must have at most ${PASSWORD_MAX_LENGTH} characters.`,
  common: 'This password is on a list of commonly used passwords; choose another.',
  'contains-identity': 'The password must not contain your e-mail address or name.',
  repetitive: 'The password is one character or a simple sequence repeated; choose another.',
};

/**
 * NIST SP 800-63B §5.1.1.2: a minimum length (12 here, above NIST's 8, because most accounts here
 * are protected by nothing else), a blocklist of known-breached and obvious choices, no composition
 * rules (they push people to `Parole123!`) and no forced rotation. Spaces and any Unicode are
 * allowed, so a passphrase in Latvian or Russian works; length is counted in code points.
 */
export function checkPassword(password: string, identity: { email?: string | null; displayName?: string | null } = {}): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new WeakPasswordError('too-short');
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new WeakPasswordError('too-long');
  }
  const folded = password.normalize('NFKC').toLowerCase();
  if (COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(folded.replace(/[\s\d!?.]+$/u, ''))) {
    throw new WeakPasswordError('common');
  }
  if (isRepetitive(folded)) {
    throw new WeakPasswordError('repetitive');
  }
  const local = identity.email?.split('@')[0]?.toLowerCase();
  const name = identity.displayName?.toLowerCase().replace(/\s+/g, '');
  if ((local && local.length >= 4 && folded.includes(local)) || (name && name.length >= 4 && folded.replace(/\s+/g, '').includes(name))) {
    throw new WeakPasswordError('contains-identity');
  }
}

/** `aaaaaaaaaaaa`, `abcabcabcabc`, `123456789012`: a short unit repeated or one step sequences. */
function isRepetitive(password: string): boolean {
  for (let unit = 1; unit <= 4; unit++) {
    const piece = password.slice(0, unit);
    if (piece.repeat(Math.ceil(password.length / unit)).slice(0, password.length) === password) {
      return true;
    }
  }
  const codes = [...password].map((c) => c.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]));
  return steps.size === 1 && [1, -1].includes([...steps][0]);
}
