import type { YouthAdultStatus, YouthInvitationDto, YouthSubmitBlock } from '@balss/contracts';
import { AGE_OF_MAJORITY, type CalendarDate, completedYears, type YouthAgeBounds } from '@balss/eligibility';
import type { AdultInvitationEntity } from '../entities/adult-invitation.entity';

export interface YouthStanding {
  age: number;
  status: YouthAdultStatus;
  canDraftApplications: boolean;
  canSubmitApplications: boolean;
  submitBlockedBy: YouthSubmitBlock[];
}

/**
 * Where a youth account stands today (issue 3 item 5): a minor needs a confirmed responsible adult
 * to submit (drafting is always allowed within the bounds); from 18 nobody needs to confirm, so the
 * status changes on the 18th birthday by itself; above the municipality's upper bound the account
 * can no longer draft or submit youth applications. Derived on every read, never stored, so it
 * cannot go stale.
 */
export function youthStanding(
  birthDate: CalendarDate,
  today: CalendarDate,
  bounds: YouthAgeBounds,
  hasConfirmedAdult: boolean,
): YouthStanding {
  const age = completedYears(birthDate, today);
  const status: YouthAdultStatus = age >= AGE_OF_MAJORITY ? 'adult-not-required' : hasConfirmedAdult ? 'confirmed' : 'awaiting-adult';
  const submitBlockedBy: YouthSubmitBlock[] = [];
  if (status === 'awaiting-adult') {
    submitBlockedBy.push('AWAITING_RESPONSIBLE_ADULT');
  }
  if (age > bounds.maxAge) {
    submitBlockedBy.push('ABOVE_YOUTH_AGE');
  }
  return { age, status, canDraftApplications: age <= bounds.maxAge, canSubmitApplications: submitBlockedBy.length === 0, submitBlockedBy };
}

/** The youth's view of their latest invitation; a pending one past its time reads as expired. */
export function toInvitationDto(invitation: AdultInvitationEntity, now: Date): YouthInvitationDto {
  const lapsed = invitation.state === 'pending' && invitation.expiresAt <= now;
  const state = lapsed ? 'expired' : invitation.state === 'superseded' ? 'expired' : invitation.state;
  const open = state === 'pending';
  return {
    state,
    adultName: open ? invitation.adultName : null,
    adultEmail: open ? invitation.adultEmail : null,
    sentAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    answeredAt: invitation.answeredAt?.toISOString() ?? null,
  };
}
