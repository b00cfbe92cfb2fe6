import { Injectable } from '@nestjs/common';
import { type Tx, UserEntity } from '@balss/domains/identity';
import { AdultInvitationEntity } from '../entities/adult-invitation.entity';
import { YouthCodeBatchEntity } from '../entities/youth-code-batch.entity';
import { YouthCodeEntity } from '../entities/youth-code.entity';
import { YouthProfileEntity } from '../entities/youth-profile.entity';

/**
 * Demo seeding only. It reads `app_user` ids by address — the one place this domain reads identity's
 * table directly, because the seed runs without the queues IdentityModule needs (and so without
 * UserService); it never writes there.
 */
@Injectable()
export class YouthDemoRepository {
  async userIdByEmail(tx: Tx, email: string): Promise<string | null> {
    const user = await tx.getRepository(UserEntity).findOne({ select: { id: true }, where: { email } });
    return user?.id ?? null;
  }

  async ensureBatch(
    tx: Tx,
    batch: { id: string; municipalityId: string; issuerName: string; expiresOn: string; codeHashes: Buffer[] },
  ): Promise<'created' | 'unchanged'> {
    const batches = tx.getRepository(YouthCodeBatchEntity);
    if (await batches.exists({ where: { id: batch.id } })) {
      return 'unchanged';
    }
    await batches.insert({
      id: batch.id,
      municipalityId: batch.municipalityId,
      issuerName: batch.issuerName,
      size: batch.codeHashes.length,
      expiresOn: batch.expiresOn,
      createdBy: null,
    });
    await tx.getRepository(YouthCodeEntity).insert(batch.codeHashes.map((codeHash) => ({ batchId: batch.id, codeHash })));
    return 'created';
  }

  async ensureConfirmedYouth(
    tx: Tx,
    demo: { youthId: string; mentorId: string; municipalityId: string; birthDate: string; codeHash: Buffer; tokenHash: Buffer },
  ): Promise<'created' | 'unchanged'> {
    const profiles = tx.getRepository(YouthProfileEntity);
    if (await profiles.exists({ where: { userId: demo.youthId } })) {
      return 'unchanged';
    }
    const codes = tx.getRepository(YouthCodeEntity);
    const code = await codes.findOne({ where: { codeHash: demo.codeHash } });
    if (code && !code.redeemedAt) {
      await codes.update({ id: code.id }, { redeemedAt: new Date(), redeemedBy: demo.youthId });
    }
    await profiles.insert({ userId: demo.youthId, municipalityId: demo.municipalityId, birthDate: demo.birthDate, codeId: code?.id ?? null });
    const now = new Date();
    await tx.getRepository(AdultInvitationEntity).insert({
      youthUserId: demo.youthId,
      municipalityId: demo.municipalityId,
      tokenHash: demo.tokenHash,
      adultName: null,
      adultEmail: null,
      locale: 'lv',
      state: 'confirmed',
      expiresAt: now,
      answeredAt: now,
      mentorUserId: demo.mentorId,
      adultAgeDeclaredAt: now,
    });
    return 'created';
  }
}
