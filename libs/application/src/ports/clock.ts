import { Clock } from '@passerelle/domain';

/** DI token for the clock; bound to the system clock in apps, to a FixedClock in tests. */
export abstract class ClockPort implements Clock {
  abstract now(): Date;
}

export class SystemClock extends ClockPort {
  now(): Date {
    return new Date();
  }
}
