import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type Tx } from '@balss/domains/identity';
import { AdultInvitationRepository } from './persistence/adult-invitation.repository';
import { YouthProfileRepository } from './persistence/youth-profile.repository';
import { YouthClock } from './youth-clock';

/**
 * The youth section of "download my data" and "erase my account". Erasing a youth deletes the
 * birth date and every invitation they sent (with any adult's contact details still in them);
 * erasing an adult withdraws their confirmations, so their youths are awaiting an adult again.
 * The redeemed code keeps pointing at the anonymous tombstone, so batch counts stay right.
 */
@Injectable()
export class YouthPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly profiles: YouthProfileRepository,
    private readonly invitations: AdultInvitationRepository,
    private readonly clock: YouthClock,
  ) {}

  onModuleInit(): void {
    this.registry.register({ section: 'youth', export: (userId, tx) => this.export(userId, tx), erase: (userId, tx) => this.erase(userId, tx) });
  }

  async export(userId: string, tx: Tx): Promise<unknown> {
    const [profile, sent, vouched] = await Promise.all([
      this.profiles.findByUserId(userId, tx),
      this.invitations.allOfYouth(userId, tx),
      this.invitations.allOfMentor(userId, tx),
    ]);
    if (!profile && sent.length === 0 && vouched.length === 0) {
      return null;
    }
    return {
      profile: profile ? { birthDate: profile.birthDate, municipalityId: profile.municipalityId, createdAt: profile.createdAt.toISOString() } : null,
      invitationsSent: sent.map((i) => ({
        state: i.state,
        adultName: i.adultName,
        adultEmail: i.adultEmail,
        sentAt: i.createdAt.toISOString(),
        expiresAt: i.expiresAt.toISOString(),
        answeredAt: i.answeredAt?.toISOString() ?? null,
      })),
      vouchedFor: vouched.map((i) => ({ youthUserId: i.youthUserId, state: i.state, answeredAt: i.answeredAt?.toISOString() ?? null, declaredAdultAt: i.adultAgeDeclaredAt?.toISOString() ?? null })),
    };
  }

  async erase(userId: string, tx: Tx): Promise<void> {
    await this.invitations.deleteOfYouth(tx, userId);
    await this.profiles.deleteByUserId(tx, userId);
    await this.invitations.withdrawMentor(tx, userId, this.clock.now());
  }
}
