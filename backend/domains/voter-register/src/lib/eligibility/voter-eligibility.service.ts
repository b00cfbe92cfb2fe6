import { Injectable } from '@nestjs/common';
import type { VoterEligibilityDto, VoterIneligibilityReason } from '@balss/contracts';
import { EidLinkService } from '@balss/domains/eid';
import { MunicipalityService } from '@balss/domains/municipality';
import {
  calendarDateInZone,
  formatIsoDate,
  mayVote,
  parseCalendarDate,
  type CalendarDate,
  type VoteRefusal,
} from '@balss/eligibility';
import { type Actor, assertPermission } from '@balss/platform/auth';
import { ValidationError } from '@balss/util-errors';
import { RegisterEntryRepository } from '../persistence/register-entry.repository';

/** Compile-time proof that every refusal of `mayVote` is a reason the contract can carry. */
type Covered<T extends VoterIneligibilityReason> = T;
export type VoteRefusalsCovered = Covered<VoteRefusal>;

/**
 * "May I vote?" for the signed-in resident, on a reference date (there are no cycles yet, so the
 * caller names the date; default: today in Europe/Riga). The account's e-ID link gives the keyed
 * hash of the personal code, the register of the actor's municipality the birth date and the
 * declared residence, and `mayVote` from `@balss/eligibility` decides — with every reason.
 */
@Injectable()
export class VoterEligibilityService {
  constructor(
    private readonly links: EidLinkService,
    private readonly entries: RegisterEntryRepository,
    private readonly municipalities: MunicipalityService,
  ) {}

  async mine(actor: Actor, date: string | undefined, now = new Date()): Promise<VoterEligibilityDto> {
    assertPermission(actor, 'eligibility:read-own');
    const referenceDate = date === undefined ? calendarDateInZone(now) : parseReferenceDate(date);
    const { id, slug } = await this.municipalities.getSummaryById(actor.municipalityId);
    const answer = { date: formatIsoDate(referenceDate), municipality: { id, slug } };
    const hash = await this.links.personalCodeHashOf(actor.userId);
    if (!hash) {
      return { ...answer, eligible: false, reasons: ['NO_EID_LINK'] };
    }
    const entry = await this.entries.findForPerson(actor.municipalityId, hash);
    if (!entry) {
      // Not in the register: nothing is known about the person, so only the residence reason applies.
      return { ...answer, eligible: false, reasons: ['NOT_DECLARED_IN_MUNICIPALITY'] };
    }
    const decision = mayVote(
      {
        kind: 'natural',
        birthDate: entry.birthDate === null ? null : parseCalendarDate(entry.birthDate),
        residences: [
          {
            municipalityId: entry.municipalityId,
            declaredFrom: parseCalendarDate(entry.declaredFrom),
            declaredTo: entry.declaredTo === null ? null : parseCalendarDate(entry.declaredTo),
          },
        ],
      },
      { municipalityId: actor.municipalityId, referenceDate },
    );
    return decision.eligible
      ? { ...answer, eligible: true }
      : { ...answer, eligible: false, reasons: [...decision.reasons] };
  }
}

function parseReferenceDate(text: string): CalendarDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new ValidationError('date must be a calendar date written YYYY-MM-DD.', {
      details: [{ field: 'date', messages: ['date must be YYYY-MM-DD'] }],
    });
  }
  try {
    return parseCalendarDate(text);
  } catch (cause) {
    throw new ValidationError('date is not a real calendar date.', {
      details: [{ field: 'date', messages: ['date does not exist'] }],
      cause,
    });
  }
}
