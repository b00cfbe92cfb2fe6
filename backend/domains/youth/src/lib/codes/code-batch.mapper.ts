import type { YouthCodeBatchDto, YouthCodeBatchStatus } from '@balss/contracts';
import { type CalendarDate, compareDates, parseCalendarDate } from '@balss/eligibility';
import type { YouthCodeBatchEntity } from '../entities/youth-code-batch.entity';

export function batchStatus(batch: YouthCodeBatchEntity, today: CalendarDate): YouthCodeBatchStatus {
  if (batch.revokedAt) {
    return 'revoked';
  }
  return compareDates(today, parseCalendarDate(batch.expiresOn)) > 0 ? 'expired' : 'active';
}

export function toBatchDto(
  batch: YouthCodeBatchEntity,
  redeemedCount: number,
  municipalitySlug: string,
  today: CalendarDate,
  now: Date,
): YouthCodeBatchDto {
  const sheetOpen = batch.sheetExpiresAt !== null && batch.sheetExpiresAt > now && batch.revokedAt === null;
  return {
    id: batch.id,
    municipality: municipalitySlug,
    issuerName: batch.issuerName,
    size: batch.size,
    redeemedCount,
    expiresOn: batch.expiresOn,
    status: batchStatus(batch, today),
    createdAt: batch.createdAt.toISOString(),
    revokedAt: batch.revokedAt?.toISOString() ?? null,
    sheetAvailableUntil: sheetOpen ? (batch.sheetExpiresAt?.toISOString() ?? null) : null,
  };
}

/** `DD.MM.YYYY` from `YYYY-MM-DD`, as dates are written on Latvian paper. */
export function latvianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
