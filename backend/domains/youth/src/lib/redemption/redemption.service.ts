import { Injectable } from '@nestjs/common';
import { normaliseYouthCode, type RedeemYouthCodeDto, type RedeemYouthCodeResponseDto } from '@balss/contracts';
import {
  AuditService,
  type HttpRequest,
  type HttpResponse,
  OneTimeTokenService,
  RoleService,
  SignInService,
  Transactions,
  type Tx,
  UserService,
} from '@balss/domains/identity';
import { type CalendarDate, compareDates, formatIsoDate, parseCalendarDate, tryParseCalendarDate, type YouthAgeBounds, youthAccountEligibility } from '@balss/eligibility';
import { AdultInvitationService } from '../adults/adult-invitation.service';
import { VERIFY_EMAIL_TTL_MINUTES, YouthMails } from '../adults/youth-mails';
import { hashYouthCode } from '../codes/youth-code';
import { CodeBatchRepository, type CodeForRedemption } from '../persistence/code-batch.repository';
import { YouthProfileRepository } from '../persistence/youth-profile.repository';
import { YouthStatusService } from '../status/youth-status.service';
import { YouthAgePolicy } from '../youth-age-policy';
import { YouthClock } from '../youth-clock';
import {
  BatchRevokedError,
  CodeAlreadyUsedError,
  CodeExpiredError,
  CodeNotFoundError,
  InvalidBirthDateError,
  MalformedCodeError,
  ResponsibleAdultNotAllowedError,
  ResponsibleAdultRequiredError,
  YouthAgeRefusedError,
} from '../youth.errors';

/**
 * POST /api/youth/redeem: a code becomes an account. Everything happens in one transaction — the
 * code row is locked, checked, the account created with the `youth` role, the birth date stored,
 * the code marked used, the adult invited, the audit entry written and the session started — so a
 * refusal at any step (age, e-mail taken, weak password, queue down) leaves nothing behind and the
 * code still usable. A refused age is decided before any row is written, and its birth date is
 * never stored.
 */
@Injectable()
export class RedemptionService {
  constructor(
    private readonly batches: CodeBatchRepository,
    private readonly profiles: YouthProfileRepository,
    private readonly users: UserService,
    private readonly roles: RoleService,
    private readonly audit: AuditService,
    private readonly signIns: SignInService,
    private readonly oneTime: OneTimeTokenService,
    private readonly invitations: AdultInvitationService,
    private readonly status: YouthStatusService,
    private readonly agePolicy: YouthAgePolicy,
    private readonly mails: YouthMails,
    private readonly transactions: Transactions,
    private readonly clock: YouthClock,
  ) {}

  async redeem(input: RedeemYouthCodeDto, request: HttpRequest, response: HttpResponse): Promise<RedeemYouthCodeResponseDto> {
    const code = normaliseYouthCode(input.code);
    if (!code) {
      throw new MalformedCodeError();
    }
    const birth = tryParseCalendarDate(input.birthDate);
    if (!birth.ok) {
      throw new InvalidBirthDateError();
    }
    const codeHash = await hashYouthCode(code);
    const userId = await this.transactions.run(async (tx) => {
      const found = this.requireRedeemable(await this.batches.lockCodeByHash(tx, codeHash));
      const bounds = await this.agePolicy.boundsFor(found.municipalityId, tx);
      const needsAdult = this.checkAge(birth.date, bounds, input);
      const user = await this.users.createAccount(tx, {
        municipalityId: found.municipalityId,
        email: input.email,
        displayName: input.displayName,
        locale: input.locale,
        password: input.password,
      });
      if (!(await this.batches.markRedeemed(tx, found.codeId, user.id, this.clock.now()))) {
        throw new CodeAlreadyUsedError();
      }
      await this.profiles.insert(tx, { userId: user.id, municipalityId: found.municipalityId, birthDate: formatIsoDate(birth.date), codeId: found.codeId });
      await this.roles.grantInTransaction(tx, { userId: user.id, municipalityId: found.municipalityId, role: 'youth', grantedBy: null });
      await this.audit.record(tx, {
        action: 'youth-code.redeemed',
        municipalityId: found.municipalityId,
        actorUserId: user.id,
        target: { type: 'user', id: user.id },
        details: { batchId: found.batchId, responsibleAdultRequired: needsAdult },
      });
      await this.sendVerification(tx, user.id, user.email, input);
      if (needsAdult && input.responsibleAdult) {
        await this.invitations.invite(tx, {
          youthUserId: user.id,
          youthDisplayName: user.displayName ?? input.displayName,
          youthEmail: user.email,
          municipalityId: found.municipalityId,
          adult: input.responsibleAdult,
          locale: input.locale,
        });
      }
      await this.signIns.signIn(request, response, { userId: user.id, municipalityId: found.municipalityId }, 'youth-code', tx);
      return user.id;
    });
    return { youth: await this.status.statusOf(userId) };
  }

  /** Which refusal applies, most final first: unknown, used, withdrawn, out of date. */
  private requireRedeemable(found: CodeForRedemption | null): CodeForRedemption {
    if (!found) {
      throw new CodeNotFoundError();
    }
    if (found.redeemedAt) {
      throw new CodeAlreadyUsedError();
    }
    if (found.revokedAt) {
      throw new BatchRevokedError();
    }
    if (compareDates(this.clock.today(), parseCalendarDate(found.expiresOn)) > 0) {
      throw new CodeExpiredError(found.expiresOn);
    }
    return found;
  }

  /** Returns whether a responsible adult must confirm; throws the refusal otherwise. */
  private checkAge(birthDate: CalendarDate, bounds: YouthAgeBounds, input: RedeemYouthCodeDto): boolean {
    const decision = youthAccountEligibility(birthDate, this.clock.today(), bounds);
    if (!decision.eligible) {
      throw new YouthAgeRefusedError(decision.reasons[0] ?? 'BELOW_YOUTH_AGE', bounds);
    }
    const needsAdult = decision.conditions.includes('REQUIRES_RESPONSIBLE_ADULT');
    if (needsAdult && !input.responsibleAdult) {
      throw new ResponsibleAdultRequiredError();
    }
    if (!needsAdult && input.responsibleAdult) {
      throw new ResponsibleAdultNotAllowedError();
    }
    return needsAdult;
  }

  /** Signing in again later needs a verified address (identity's rule): send the usual link. */
  private async sendVerification(tx: Tx, userId: string, email: string | null, input: RedeemYouthCodeDto): Promise<void> {
    if (!email) {
      return;
    }
    const link = await this.oneTime.issue(tx, userId, 'verify-email', VERIFY_EMAIL_TTL_MINUTES);
    await this.mails.sendVerification({ userId, tokenId: link.id, to: email, token: link.token, locale: input.locale });
  }
}
