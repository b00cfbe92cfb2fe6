import { Injectable } from '@nestjs/common';
import type { MentorYouthDto, YouthStatusDto } from '@balss/contracts';
import { type Tx, UserService } from '@balss/domains/identity';
import { MunicipalityService } from '@balss/domains/municipality';
import { parseCalendarDate } from '@balss/eligibility';
import { type Actor, assertPermission } from '@balss/platform/auth';
import { AdultInvitationRepository } from '../persistence/adult-invitation.repository';
import { YouthProfileRepository } from '../persistence/youth-profile.repository';
import { YouthAgePolicy } from '../youth-age-policy';
import { YouthClock } from '../youth-clock';
import { AboveYouthAgeError, AwaitingResponsibleAdultError, NotAYouthError } from '../youth.errors';
import { toInvitationDto, type YouthStanding, youthStanding } from './youth-standing';

/**
 * What a youth account may do now, for the youth themself (GET /api/youth/me), for their responsible
 * adult (GET /api/mentor/youths), and for other domains: the grants issue calls `assertMaySubmit`
 * before accepting an application.
 */
@Injectable()
export class YouthStatusService {
  constructor(
    private readonly profiles: YouthProfileRepository,
    private readonly invitations: AdultInvitationRepository,
    private readonly users: UserService,
    private readonly municipalities: MunicipalityService,
    private readonly agePolicy: YouthAgePolicy,
    private readonly clock: YouthClock,
  ) {}

  async me(actor: Actor): Promise<YouthStatusDto> {
    assertPermission(actor, 'youth:draft-application');
    return this.statusOf(actor.userId);
  }

  /**
   * Throws unless the youth may submit an application today: AwaitingResponsibleAdultError (422,
   * reason AWAITING_RESPONSIBLE_ADULT) while a minor's adult has not confirmed, AboveYouthAgeError
   * above the municipality's upper bound. Pass the caller's transaction to decide together with
   * the write it guards.
   */
  async assertMaySubmit(actor: Actor, tx?: Tx): Promise<void> {
    assertPermission(actor, 'youth:submit-application');
    const standing = await this.standingOf(actor.userId, tx);
    if (standing.submitBlockedBy.includes('AWAITING_RESPONSIBLE_ADULT')) {
      throw new AwaitingResponsibleAdultError();
    }
    if (standing.submitBlockedBy.includes('ABOVE_YOUTH_AGE')) {
      throw new AboveYouthAgeError((await this.agePolicy.boundsFor(actor.municipalityId, tx)).maxAge);
    }
  }

  /** The youths this adult has confirmed in the caller's municipality: nickname and standing only. */
  async mentorYouths(actor: Actor): Promise<MentorYouthDto[]> {
    assertPermission(actor, 'mentor:vouch');
    const links = (await this.invitations.confirmedOfMentor(actor.userId)).filter((l) => l.municipalityId === actor.municipalityId);
    const slug = (await this.municipalities.getSummaryById(actor.municipalityId)).slug;
    const rows: MentorYouthDto[] = [];
    for (const link of links) {
      const user = await this.users.findById(link.youthUserId);
      if (!user || user.erasedAt) {
        continue;
      }
      const standing = await this.standingOf(link.youthUserId);
      rows.push({
        youthId: link.youthUserId,
        displayName: user.displayName ?? '',
        municipality: slug,
        status: standing.status,
        canSubmitApplications: standing.canSubmitApplications,
        confirmedAt: (link.answeredAt ?? link.createdAt).toISOString(),
      });
    }
    return rows;
  }

  async statusOf(userId: string, tx?: Tx): Promise<YouthStatusDto> {
    const profile = await this.profiles.findByUserId(userId, tx);
    if (!profile) {
      throw new NotAYouthError();
    }
    const now = this.clock.now();
    await this.invitations.forgetLapsedContacts(userId, now, tx);
    const [user, latest, municipality, standing] = await Promise.all([
      this.users.findById(userId, tx),
      this.invitations.latestOfYouth(userId, tx),
      this.municipalities.getSummaryById(profile.municipalityId),
      this.standingOf(userId, tx),
    ]);
    return {
      userId,
      displayName: user?.displayName ?? '',
      municipality: municipality.slug,
      ...standing,
      invitation: latest ? toInvitationDto(latest, now) : null,
    };
  }

  private async standingOf(userId: string, tx?: Tx): Promise<YouthStanding> {
    const profile = await this.profiles.findByUserId(userId, tx);
    if (!profile) {
      throw new NotAYouthError();
    }
    const [bounds, confirmed] = await Promise.all([
      this.agePolicy.boundsFor(profile.municipalityId, tx),
      this.invitations.confirmedOfYouth(userId, tx),
    ]);
    return youthStanding(parseCalendarDate(profile.birthDate), this.clock.today(), bounds, confirmed !== null);
  }
}
