import { Injectable } from '@nestjs/common';
import {
  type AuditAction,
  type CreateYouthCodeBatchDto,
  type IssuedYouthCodesDto,
  YOUTH_CODE_SHEET_HOURS,
  type YouthCodeBatchDto,
  YouthRoutes,
} from '@balss/contracts';
import { AuditService, Transactions, type Tx } from '@balss/domains/identity';
import { MunicipalityService } from '@balss/domains/municipality';
import { compareDates, tryParseCalendarDate } from '@balss/eligibility';
import { type Actor, assertPermission, assertSameMunicipality } from '@balss/platform/auth';
import { AppConfig } from '@balss/platform/config';
import type { YouthCodeBatchEntity } from '../entities/youth-code-batch.entity';
import { CodeBatchRepository } from '../persistence/code-batch.repository';
import { YouthAgePolicy } from '../youth-age-policy';
import { YouthClock } from '../youth-clock';
import {
  BatchNotActiveError,
  BatchNotFoundError,
  ExpiryInPastError,
  InvalidBirthDateError,
  SheetGoneError,
  SheetKeyInvalidError,
} from '../youth.errors';
import { batchStatus, latvianDate, toBatchDto } from './code-batch.mapper';
import { renderCodeSheet } from './code-sheet.html';
import { openSheet, sealSheet } from './sheet-crypto';
import { generateYouthCodes, hashYouthCode } from './youth-code';

const SHEET_MS = YOUTH_CODE_SHEET_HOURS * 60 * 60 * 1000;

type BatchAuditAction = Extract<AuditAction, `youth-code-batch.${string}`>;

/**
 * Code batches for schools and youth centres (permission `youth-codes:issue`, the caller's own
 * municipality only; another municipality's batch is a 404). Plain codes leave the server twice at
 * most: in the answer to create/re-issue, and on the printable sheet within YOUTH_CODE_SHEET_HOURS.
 */
@Injectable()
export class CodeBatchService {
  constructor(
    private readonly batches: CodeBatchRepository,
    private readonly municipalities: MunicipalityService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly agePolicy: YouthAgePolicy,
    private readonly clock: YouthClock,
    private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, input: CreateYouthCodeBatchDto): Promise<IssuedYouthCodesDto> {
    assertPermission(actor, 'youth-codes:issue');
    const expiresOn = tryParseCalendarDate(input.expiresOn);
    if (!expiresOn.ok) {
      throw new InvalidBirthDateError('expiresOn');
    }
    if (compareDates(expiresOn.date, this.clock.today()) < 0) {
      throw new ExpiryInPastError();
    }
    // scrypt runs on libuv's thread pool; hashing before the transaction keeps it short.
    const codes = generateYouthCodes(input.size);
    const hashes = await Promise.all(codes.map(hashYouthCode));
    const { batch, sheetKey } = await this.transactions.run(async (tx) => {
      const saved = await this.batches.insert(
        tx,
        { municipalityId: actor.municipalityId, issuerName: input.issuerName.trim(), size: input.size, expiresOn: input.expiresOn, createdBy: actor.userId },
        hashes,
      );
      await this.recordBatch(tx, actor, 'youth-code-batch.created', saved.id, { size: saved.size, expiresOn: saved.expiresOn });
      return { batch: saved, sheetKey: await this.storeSheet(tx, saved, codes) };
    });
    return this.issued(batch, 0, codes, sheetKey);
  }

  async list(actor: Actor): Promise<YouthCodeBatchDto[]> {
    assertPermission(actor, 'youth-codes:issue');
    await this.batches.eraseExpiredSheets(this.clock.now());
    const slug = await this.slugOf(actor.municipalityId);
    const rows = await this.batches.listWithCounts(actor.municipalityId);
    return rows.map(({ batch, redeemedCount }) => this.toDto(batch, redeemedCount, slug));
  }

  async get(actor: Actor, batchId: string): Promise<YouthCodeBatchDto> {
    assertPermission(actor, 'youth-codes:issue');
    const found = await this.batches.findWithCounts(batchId);
    const batch = this.requireOwn(actor, found?.batch);
    return this.toDto(batch, found?.redeemedCount ?? 0, await this.slugOf(batch.municipalityId));
  }

  /** The printable HTML sheet, opened with the key given at creation or re-issue. */
  async sheet(actor: Actor, batchId: string, sheetKey: string | undefined): Promise<string> {
    assertPermission(actor, 'youth-codes:issue');
    const batch = this.requireOwn(actor, (await this.batches.findWithCounts(batchId))?.batch);
    this.requireActive(batch);
    if (!batch.sheetSealed || !batch.sheetExpiresAt || batch.sheetExpiresAt <= this.clock.now()) {
      throw new SheetGoneError(YOUTH_CODE_SHEET_HOURS);
    }
    const codes = sheetKey ? openSheet(batch.id, batch.sheetSealed, sheetKey) : null;
    if (!codes) {
      throw new SheetKeyInvalidError();
    }
    const municipality = await this.municipalities.getSummaryById(batch.municipalityId);
    return renderCodeSheet({
      batchId: batch.id,
      municipalityName: municipality.name,
      issuerName: batch.issuerName,
      expiresOn: latvianDate(batch.expiresOn),
      codes,
      publicUrl: this.config.publicUrl,
      bounds: await this.agePolicy.boundsFor(batch.municipalityId),
    });
  }

  /**
   * New codes for every slot nobody has redeemed: for a lost or never-printed sheet. The old unused
   * codes stop working at once (their hashes are replaced), so a lost sheet cannot be used later.
   */
  async reissue(actor: Actor, batchId: string): Promise<IssuedYouthCodesDto> {
    assertPermission(actor, 'youth-codes:issue');
    const before = await this.batches.findWithCounts(batchId);
    this.requireActive(this.requireOwn(actor, before?.batch));
    // Hash outside the transaction; redemptions meanwhile can only shrink the number needed.
    const fresh = generateYouthCodes((before?.batch.size ?? 0) - (before?.redeemedCount ?? 0));
    const freshHashes = await Promise.all(fresh.map(hashYouthCode));
    const result = await this.transactions.run(async (tx) => {
      const batch = this.requireOwn(actor, await this.batches.lock(tx, batchId));
      this.requireActive(batch);
      const unused = await this.batches.unusedCodeIds(tx, batchId);
      const codes = fresh.slice(0, unused.length);
      await this.batches.replaceHashes(tx, unused.map((id, i) => ({ id, codeHash: freshHashes[i] })));
      await this.recordBatch(tx, actor, 'youth-code-batch.reissued', batch.id, { reissuedCount: codes.length });
      return { batch, codes, sheetKey: await this.storeSheet(tx, batch, codes), redeemed: batch.size - unused.length };
    });
    const reloaded = (await this.batches.findWithCounts(batchId))?.batch ?? result.batch;
    return this.issued(reloaded, result.redeemed, result.codes, result.sheetKey);
  }

  /** Withdraws every unused code of the batch at once (a sheet was lost or misused). Idempotent. */
  async revoke(actor: Actor, batchId: string): Promise<YouthCodeBatchDto> {
    assertPermission(actor, 'youth-codes:issue');
    await this.transactions.run(async (tx) => {
      const batch = this.requireOwn(actor, await this.batches.lock(tx, batchId));
      if (!batch.revokedAt) {
        await this.batches.revoke(tx, batch.id, actor.userId, this.clock.now());
        await this.recordBatch(tx, actor, 'youth-code-batch.revoked', batch.id);
      }
    });
    return this.get(actor, batchId);
  }

  /** In the change's own transaction (practice 16): the trail shows exactly the batches that exist. */
  private recordBatch(tx: Tx, actor: Actor, action: BatchAuditAction, batchId: string, details?: Record<string, unknown>): Promise<void> {
    return this.audit.record(tx, {
      action,
      municipalityId: actor.municipalityId,
      actorUserId: actor.userId,
      target: { type: 'youth-code-batch', id: batchId },
      details,
    });
  }

  private async storeSheet(tx: Tx, batch: YouthCodeBatchEntity, codes: string[]): Promise<string> {
    const { key, sealed } = sealSheet(batch.id, codes);
    const expiresAt = new Date(this.clock.now().getTime() + SHEET_MS);
    await this.batches.setSheet(tx, batch.id, sealed, expiresAt);
    batch.sheetSealed = sealed;
    batch.sheetExpiresAt = expiresAt;
    return key;
  }

  private async issued(batch: YouthCodeBatchEntity, redeemedCount: number, codes: string[], sheetKey: string): Promise<IssuedYouthCodesDto> {
    return {
      batch: this.toDto(batch, redeemedCount, await this.slugOf(batch.municipalityId)),
      codes,
      sheetKey,
      sheetUrl: YouthRoutes.codeBatchSheet(batch.id),
    };
  }

  /** Tenancy: a batch of another municipality answers exactly like one that does not exist. */
  private requireOwn(actor: Actor, batch: YouthCodeBatchEntity | null | undefined): YouthCodeBatchEntity {
    if (!batch) {
      throw new BatchNotFoundError();
    }
    assertSameMunicipality(actor, batch.municipalityId, 'code batch');
    return batch;
  }

  private requireActive(batch: YouthCodeBatchEntity): void {
    const status = batchStatus(batch, this.clock.today());
    if (status !== 'active') {
      throw new BatchNotActiveError(status);
    }
  }

  private toDto(batch: YouthCodeBatchEntity, redeemedCount: number, slug: string): YouthCodeBatchDto {
    return toBatchDto(batch, redeemedCount, slug, this.clock.today(), this.clock.now());
  }

  private async slugOf(municipalityId: string): Promise<string> {
    return (await this.municipalities.getSummaryById(municipalityId)).slug;
  }
}
