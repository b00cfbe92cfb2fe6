import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  AdultInvitationPreviewDto,
  ConfirmAdultInvitationDto,
  Locale,
  MentorYouthDto,
  NominateResponsibleAdultDto,
  YouthStatusDto,
} from '@balss/contracts';
import { AuditService, RoleService, Transactions, type Tx, UserService } from '@balss/domains/identity';
import { MunicipalityService } from '@balss/domains/municipality';
import { AGE_OF_MAJORITY, completedYears, parseCalendarDate, responsibleAdultEligibility, tryParseCalendarDate } from '@balss/eligibility';
import { type Actor, assertPermission } from '@balss/platform/auth';
import type { AdultInvitationEntity } from '../entities/adult-invitation.entity';
import { AdultInvitationRepository } from '../persistence/adult-invitation.repository';
import { YouthProfileRepository } from '../persistence/youth-profile.repository';
import { YouthStatusService } from '../status/youth-status.service';
import { YouthClock } from '../youth-clock';
import {
  AdultAlreadyConfirmedError,
  AdultIsTheYouthError,
  AdultUnderAgeError,
  InvalidBirthDateError,
  InvitationExpiredError,
  InvitationNotFoundError,
  InvitationUsedError,
  NotAYouthError,
  ResponsibleAdultIsSelfError,
  ResponsibleAdultNotAllowedError,
} from '../youth.errors';
import { INVITATION_TTL_DAYS, YouthMails } from './youth-mails';

export interface InvitationRequest {
  youthUserId: string;
  youthDisplayName: string;
  youthEmail: string | null;
  municipalityId: string;
  adult: { name: string; email: string };
  locale: Locale;
}

/** 256 bits from the OS CSPRNG; only its SHA-256 is stored (nothing to brute-force, one index probe). */
const newToken = () => randomBytes(32).toString('base64url');
const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * The responsible adult: a minor's invitation by e-mail, and the adult's answer by its link. The
 * adult confirms signed in (they become `mentor` in the youth's municipality) after declaring a
 * birth date that makes them 18+; declining needs no account, so a stranger who got the e-mail by
 * mistake can say no in one click.
 */
@Injectable()
export class AdultInvitationService {
  constructor(
    private readonly invitations: AdultInvitationRepository,
    private readonly profiles: YouthProfileRepository,
    private readonly status: YouthStatusService,
    private readonly users: UserService,
    private readonly roles: RoleService,
    private readonly audit: AuditService,
    private readonly municipalities: MunicipalityService,
    private readonly transactions: Transactions,
    private readonly mails: YouthMails,
    private readonly clock: YouthClock,
  ) {}

  /**
   * Sends a new invitation inside the caller's transaction (redemption, nomination); the previous
   * open one stops working. The mail is queued last, so a queue outage rolls everything back (503).
   */
  async invite(tx: Tx, request: InvitationRequest): Promise<void> {
    if (request.youthEmail && request.youthEmail.trim().toLowerCase() === request.adult.email.trim().toLowerCase()) {
      throw new ResponsibleAdultIsSelfError();
    }
    const now = this.clock.now();
    await this.invitations.supersedePending(tx, request.youthUserId, now);
    const token = newToken();
    const invitation = await this.invitations.insert(tx, {
      youthUserId: request.youthUserId,
      municipalityId: request.municipalityId,
      tokenHash: hashToken(token),
      adultName: request.adult.name.trim(),
      adultEmail: request.adult.email.trim().toLowerCase(),
      locale: request.locale,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000),
    });
    const municipality = await this.municipalities.getSummaryById(request.municipalityId);
    await this.mails.sendInvitation({
      invitationId: invitation.id,
      to: request.adult.email.trim(),
      adultName: request.adult.name.trim(),
      youthDisplayName: request.youthDisplayName,
      municipalityName: municipality.name[request.locale],
      token,
      locale: request.locale,
    });
  }

  /** PUT /api/youth/me/responsible-adult: after a decline or lapse, or to fix a mistyped address. */
  async nominate(actor: Actor, adult: NominateResponsibleAdultDto): Promise<YouthStatusDto> {
    assertPermission(actor, 'youth:draft-application');
    await this.transactions.run(async (tx) => {
      const profile = await this.profiles.findByUserId(actor.userId, tx);
      if (!profile) {
        throw new NotAYouthError();
      }
      if (completedYears(parseCalendarDate(profile.birthDate), this.clock.today()) >= AGE_OF_MAJORITY) {
        throw new ResponsibleAdultNotAllowedError();
      }
      if (await this.invitations.confirmedOfYouth(actor.userId, tx)) {
        throw new AdultAlreadyConfirmedError();
      }
      const user = await this.users.findById(actor.userId, tx);
      await this.invite(tx, {
        youthUserId: actor.userId,
        youthDisplayName: user?.displayName ?? '',
        youthEmail: user?.email ?? null,
        municipalityId: profile.municipalityId,
        adult,
        locale: user?.locale ?? 'lv',
      });
    });
    return this.status.statusOf(actor.userId);
  }

  /** What the link's page shows before the adult answers (public: the token is the proof). */
  async preview(token: string): Promise<AdultInvitationPreviewDto> {
    const invitation = this.requireOpen(await this.invitations.findByTokenHash(hashToken(token)));
    const [youth, municipality] = await Promise.all([
      this.users.findById(invitation.youthUserId),
      this.municipalities.getSummaryById(invitation.municipalityId),
    ]);
    return {
      youthDisplayName: youth?.displayName ?? '',
      municipality: municipality.slug,
      adultName: invitation.adultName ?? '',
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /**
   * The signed-in adult confirms. Refused (nothing changes, the link keeps working) when the declared
   * birth date is under 18 or the confirming account is a youth account under 18 — its stored birth
   * date outranks the declaration — or is the youth themself.
   */
  async confirm(actor: Actor, input: ConfirmAdultInvitationDto): Promise<MentorYouthDto> {
    assertPermission(actor, 'account:read-own');
    const declared = tryParseCalendarDate(input.birthDate);
    if (!declared.ok) {
      throw new InvalidBirthDateError();
    }
    const invitation = await this.transactions.run(async (tx) => {
      const found = this.requireOpen(await this.invitations.lockByTokenHash(tx, hashToken(input.token)));
      if (found.youthUserId === actor.userId) {
        throw new AdultIsTheYouthError();
      }
      await this.refuseMinor(tx, actor.userId, declared.date);
      const now = this.clock.now();
      await this.invitations.answer(tx, found.id, 'confirmed', now, actor.userId);
      await this.roles.grantInTransaction(tx, { userId: actor.userId, municipalityId: found.municipalityId, role: 'mentor', grantedBy: null });
      await this.audit.record(tx, {
        action: 'mentor.confirmed',
        municipalityId: found.municipalityId,
        actorUserId: actor.userId,
        target: { type: 'user', id: found.youthUserId },
        details: { invitationId: found.id, ageCheck: 'self-declared' },
      });
      return found;
    });
    const [youth, municipality] = await Promise.all([
      this.status.statusOf(invitation.youthUserId),
      this.municipalities.getSummaryById(invitation.municipalityId),
    ]);
    return {
      youthId: invitation.youthUserId,
      displayName: youth.displayName,
      municipality: municipality.slug,
      status: youth.status,
      canSubmitApplications: youth.canSubmitApplications,
      confirmedAt: this.clock.now().toISOString(),
    };
  }

  /**
   * Anyone holding the link may decline; the adult's name and address are forgotten at once. The
   * audit entry names the youth and the invitation only (no actor: declining needs no account).
   */
  async decline(token: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const found = this.requireOpen(await this.invitations.lockByTokenHash(tx, hashToken(token)));
      await this.invitations.answer(tx, found.id, 'declined', this.clock.now(), null);
      await this.audit.record(tx, {
        action: 'mentor.declined',
        municipalityId: found.municipalityId,
        actorUserId: null,
        target: { type: 'user', id: found.youthUserId },
        details: { invitationId: found.id },
      });
    });
  }

  private requireOpen(invitation: AdultInvitationEntity | null): AdultInvitationEntity {
    if (!invitation) {
      throw new InvitationNotFoundError();
    }
    if (invitation.state !== 'pending') {
      throw new InvitationUsedError();
    }
    if (invitation.expiresAt <= this.clock.now()) {
      throw new InvitationExpiredError();
    }
    return invitation;
  }

  private async refuseMinor(tx: Tx, userId: string, declared: ReturnType<typeof parseCalendarDate>): Promise<void> {
    const today = this.clock.today();
    const stated = responsibleAdultEligibility(declared, today);
    if (!stated.eligible) {
      throw new AdultUnderAgeError(stated.reasons[0] === 'BIRTH_DATE_IN_FUTURE' ? 'BIRTH_DATE_IN_FUTURE' : 'UNDER_AGE_OF_MAJORITY');
    }
    const ownProfile = await this.profiles.findByUserId(userId, tx);
    if (ownProfile && !responsibleAdultEligibility(parseCalendarDate(ownProfile.birthDate), today).eligible) {
      throw new AdultUnderAgeError('UNDER_AGE_OF_MAJORITY');
    }
  }
}
