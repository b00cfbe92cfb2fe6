import type { FieldTree } from '@angular/forms/signals';
import type { ReasonTexts } from '@balss/web/identity/data-access';

/** Why a code did not work (`details.reason`), shown at the code field. */
export function codeReasons(code: FieldTree<string>): Record<string, ReasonTexts> {
  return {
    BATCH_REVOKED: { message: 'youth.redeem.errors.codeRevoked', tree: code },
    CODE_ALREADY_USED: { message: 'youth.redeem.errors.codeUsed', tree: code },
    CODE_EXPIRED: { message: 'youth.redeem.errors.codeExpired', tree: code },
    CODE_NOT_FOUND: { message: 'youth.redeem.errors.codeNotFound', tree: code },
  };
}
