import { Injectable } from '@nestjs/common';
import { foldIcsLines } from '@passerelle/mail';
import ical, { ICalCalendarMethod } from 'ical-generator';

/** One all-day event of a feed. */
export interface FeedEvent {
  uid: string;
  dueOn: string;
  summary: string;
  description: string;
  url: string;
}

/** Bytes of event text and fields kept between requests. */
const CACHE_BYTES = 64 * 1024 * 1024;

interface Written {
  event: FeedEvent;
  /** The VEVENT as the feed writes it, folded to 75 octets a line, in UTF-8. */
  text: Buffer;
  bytes: number;
}

function same(a: FeedEvent, b: FeedEvent): boolean {
  return a.dueOn === b.dueOn && a.summary === b.summary && a.url === b.url && a.description === b.description;
}

/**
 * Writes RFC 5545 feeds with ical-generator. Each event's VEVENT text is kept, by UID, for as
 * long as its fields stay the same: calendar clients poll the same feed all day, and serialising
 * 17,000 events is half of a feed's time. A changed field, or a new event, is serialised afresh.
 * Events are serialised one by one (Calendar.toString() grows faster than linearly with its
 * events: 5.4 s for 17,000) and folded as calendar.toString() folds, with foldIcsLines (event
 * toString() does not fold). Kept as UTF-8 bytes: half the memory of the two-byte strings the
 * texts are (an em dash in every summary), and measured faster than joining the strings.
 */
@Injectable()
export class IcsFeedWriter {
  private readonly events = new Map<string, Written>();
  private bytes = 0;

  /** The feed as UTF-8 bytes. */
  write(language: string, events: FeedEvent[]): Buffer {
    const calendar = ical({
      name: 'Passerelle',
      prodId: { company: 'Passerelle', product: 'conventions', language: language.toUpperCase() },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 3600,
    });
    const envelope = calendar.toString();
    const end = envelope.lastIndexOf('END:VCALENDAR');
    const parts: Buffer[] = [Buffer.from(envelope.slice(0, end))];
    try {
      for (const event of events) {
        const known = this.events.get(event.uid);
        if (known && same(known.event, event)) {
          parts.push(known.text);
          continue;
        }
        const folded = foldIcsLines(
          calendar
            .createEvent({
              id: event.uid,
              start: new Date(`${event.dueOn}T00:00:00Z`),
              allDay: true,
              summary: event.summary,
              description: event.description,
              url: event.url,
            })
            .toString(),
        );
        const text = Buffer.from(folded);
        const bytes = text.length + event.description.length + event.summary.length + event.uid.length;
        this.remember(event.uid, { event, text, bytes }, known);
        parts.push(text);
      }
    } finally {
      calendar.clear();
    }
    parts.push(Buffer.from(envelope.slice(end)));
    return Buffer.concat(parts);
  }

  private remember(uid: string, written: Written, previous?: Written) {
    if (previous) this.bytes -= previous.bytes;
    this.events.delete(uid);
    this.events.set(uid, written);
    this.bytes += written.bytes;
    // Oldest first (a Map iterates in insertion order).
    for (const [oldest, entry] of this.events) {
      if (this.bytes <= CACHE_BYTES) break;
      this.events.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}
