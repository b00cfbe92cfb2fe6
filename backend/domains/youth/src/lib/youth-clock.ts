import { Injectable } from '@nestjs/common';
import { type CalendarDate, calendarDateInZone } from '@balss/eligibility';

/**
 * The current instant and today's date on the Latvian calendar (Europe/Riga): ages and code expiry
 * are counted in Riga days, whatever zone the server runs in. Injectable so tests fix the time.
 */
@Injectable()
export class YouthClock {
  now(): Date {
    return new Date();
  }

  today(): CalendarDate {
    return calendarDateInZone(this.now());
  }
}
