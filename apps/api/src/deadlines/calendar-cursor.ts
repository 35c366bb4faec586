import { BadRequestException } from '@nestjs/common';
import { CalendarCursor, CalendarItem } from '@passerelle/application';
import { DEADLINE_KINDS, DeadlineKind, isIsoDate } from '@passerelle/domain';

/** A calendar page's `after`: its last line (date, reference, kind) as base64url JSON, opaque to clients. */
export function encodeCalendarCursor(item: Pick<CalendarItem, 'dueOn' | 'reference' | 'kind'>): string {
  return Buffer.from(JSON.stringify([item.dueOn, item.reference, item.kind])).toString('base64url');
}

export function decodeCalendarCursor(value: string): CalendarCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 3 ||
    typeof decoded[0] !== 'string' ||
    !isIsoDate(decoded[0]) ||
    typeof decoded[1] !== 'string' ||
    !DEADLINE_KINDS.includes(decoded[2] as DeadlineKind)
  ) {
    throw new BadRequestException('after: not a cursor from a previous page (its Link: rel="next")');
  }
  return { dueOn: decoded[0], reference: decoded[1], kind: decoded[2] as DeadlineKind };
}
