import { Injectable } from '@nestjs/common';

/** The current time, injectable so expiry rules are tested without waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
