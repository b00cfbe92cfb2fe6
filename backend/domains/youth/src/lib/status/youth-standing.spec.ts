import { calendarDate, YOUTH_LAW_2026_BOUNDS, YOUTH_LAW_BOUNDS } from '@balss/eligibility';
import type { AdultInvitationEntity } from '../entities/adult-invitation.entity';
import { toInvitationDto, youthStanding } from './youth-standing';

const today = calendarDate(2026, 11, 22);

describe('youth standing', () => {
  it('a 15-year-old without a confirmed adult drafts but may not submit', () => {
    expect(youthStanding(calendarDate(2011, 5, 1), today, YOUTH_LAW_BOUNDS, false)).toEqual({
      age: 15,
      status: 'awaiting-adult',
      canDraftApplications: true,
      canSubmitApplications: false,
      submitBlockedBy: ['AWAITING_RESPONSIBLE_ADULT'],
    });
  });

  it('a 15-year-old whose adult confirmed may submit', () => {
    expect(youthStanding(calendarDate(2011, 5, 1), today, YOUTH_LAW_BOUNDS, true)).toMatchObject({ status: 'confirmed', canSubmitApplications: true });
  });

  it('turns adult-not-required on the 18th birthday itself, not the day after', () => {
    expect(youthStanding(calendarDate(2008, 11, 23), today, YOUTH_LAW_BOUNDS, false).status).toBe('awaiting-adult');
    expect(youthStanding(calendarDate(2008, 11, 22), today, YOUTH_LAW_BOUNDS, false)).toMatchObject({
      age: 18,
      status: 'adult-not-required',
      canSubmitApplications: true,
    });
  });

  it('above the upper bound can neither draft nor submit; the 2026 bounds keep a 27-year-old in', () => {
    const born = calendarDate(1999, 1, 1);
    expect(youthStanding(born, today, YOUTH_LAW_BOUNDS, false)).toMatchObject({
      age: 27,
      canDraftApplications: false,
      canSubmitApplications: false,
      submitBlockedBy: ['ABOVE_YOUTH_AGE'],
    });
    expect(youthStanding(born, today, YOUTH_LAW_2026_BOUNDS, false)).toMatchObject({ canSubmitApplications: true });
  });
});

describe('the youth’s view of an invitation', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const invitation = (over: Partial<AdultInvitationEntity>): AdultInvitationEntity =>
    Object.assign(new (class {})() as AdultInvitationEntity, {
      state: 'pending',
      adultName: 'Inese',
      adultEmail: 'inese@example.lv',
      createdAt: new Date('2026-11-20T12:00:00Z'),
      expiresAt: new Date('2026-12-04T12:00:00Z'),
      answeredAt: null,
      ...over,
    });

  it('shows a pending invitation with the address, so a typo can be spotted', () => {
    expect(toInvitationDto(invitation({}), now)).toMatchObject({ state: 'pending', adultEmail: 'inese@example.lv' });
  });

  it('reads a lapsed pending invitation as expired and hides the contact details', () => {
    expect(toInvitationDto(invitation({ expiresAt: new Date('2026-11-21T00:00:00Z') }), now)).toMatchObject({
      state: 'expired',
      adultName: null,
      adultEmail: null,
    });
  });

  it('shows a declined one as declined', () => {
    expect(toInvitationDto(invitation({ state: 'declined', adultName: null, adultEmail: null }), now).state).toBe('declined');
  });
});
