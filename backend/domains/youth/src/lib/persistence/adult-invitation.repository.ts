import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import type { Tx } from '@balss/domains/identity';
import { AdultInvitationEntity, type AdultInvitationState } from '../entities/adult-invitation.entity';

export type NewInvitation = Pick<
  AdultInvitationEntity,
  'youthUserId' | 'municipalityId' | 'tokenHash' | 'adultName' | 'adultEmail' | 'locale' | 'expiresAt'
>;

/** Contact details go with the answer: see AdultInvitationEntity. */
const FORGET_CONTACT = { adultName: null, adultEmail: null } as const;

/** The only place that queries `adult_invitation`. */
@Injectable()
export class AdultInvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, invitation: NewInvitation): Promise<AdultInvitationEntity> {
    const invitations = tx.getRepository(AdultInvitationEntity);
    return invitations.save(invitations.create({ ...invitation, state: 'pending' }));
  }

  /** The invitation of a link, locked so two clicks on it are answered one after the other. */
  lockByTokenHash(tx: Tx, tokenHash: Buffer): Promise<AdultInvitationEntity | null> {
    return tx.getRepository(AdultInvitationEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  findByTokenHash(tokenHash: Buffer): Promise<AdultInvitationEntity | null> {
    return this.dataSource.getRepository(AdultInvitationEntity).findOne({ where: { tokenHash } });
  }

  /** The youth's most recent invitation that was not replaced by a later one. */
  latestOfYouth(youthUserId: string, tx: Tx = this.dataSource.manager): Promise<AdultInvitationEntity | null> {
    return tx.getRepository(AdultInvitationEntity).findOne({
      where: { youthUserId },
      order: { createdAt: 'DESC' },
    });
  }

  confirmedOfYouth(youthUserId: string, tx: Tx = this.dataSource.manager): Promise<AdultInvitationEntity | null> {
    return tx.getRepository(AdultInvitationEntity).findOne({ where: { youthUserId, state: 'confirmed' } });
  }

  confirmedOfMentor(mentorUserId: string): Promise<AdultInvitationEntity[]> {
    return this.dataSource.getRepository(AdultInvitationEntity).find({
      where: { mentorUserId, state: 'confirmed' },
      order: { answeredAt: 'ASC' },
    });
  }

  allOfYouth(youthUserId: string, tx: Tx): Promise<AdultInvitationEntity[]> {
    return tx.getRepository(AdultInvitationEntity).find({ where: { youthUserId }, order: { createdAt: 'ASC' } });
  }

  allOfMentor(mentorUserId: string, tx: Tx): Promise<AdultInvitationEntity[]> {
    return tx.getRepository(AdultInvitationEntity).find({ where: { mentorUserId }, order: { createdAt: 'ASC' } });
  }

  /** Ends the youth's open invitation (its link stops working) before a new one is sent. */
  async supersedePending(tx: Tx, youthUserId: string, at: Date): Promise<void> {
    await this.setState(tx, { youthUserId, state: 'pending' }, 'superseded', at);
  }

  async answer(tx: Tx, id: string, state: 'confirmed' | 'declined', at: Date, mentorUserId: string | null): Promise<void> {
    await tx.getRepository(AdultInvitationEntity).update(
      { id, state: 'pending' },
      { ...FORGET_CONTACT, state, answeredAt: at, mentorUserId, adultAgeDeclaredAt: state === 'confirmed' ? at : null },
    );
  }

  /** The adult's account is being erased: what they vouched for lapses, the youth needs a new adult. */
  async withdrawMentor(tx: Tx, mentorUserId: string, at: Date): Promise<void> {
    await this.setState(tx, { mentorUserId, state: 'confirmed' }, 'withdrawn', at);
  }

  async deleteOfYouth(tx: Tx, youthUserId: string): Promise<void> {
    await tx.getRepository(AdultInvitationEntity).delete({ youthUserId });
  }

  /** Lapsed invitations keep no name or address of the adult (data minimisation). */
  async forgetLapsedContacts(youthUserId: string, now: Date, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx
      .getRepository(AdultInvitationEntity)
      .update({ youthUserId, state: 'pending', expiresAt: LessThan(now) }, { ...FORGET_CONTACT });
  }

  private async setState(
    tx: Tx,
    where: { youthUserId?: string; mentorUserId?: string; state: AdultInvitationState },
    state: AdultInvitationState,
    at: Date,
  ): Promise<void> {
    await tx.getRepository(AdultInvitationEntity).update(where, { ...FORGET_CONTACT, state, answeredAt: at });
  }
}
