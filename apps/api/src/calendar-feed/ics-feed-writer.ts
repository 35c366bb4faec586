import { hash } from 'node:crypto';
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

/** Bytes of event text kept between requests (17,000 events of 2,000 conventions: 13 MB). */
const CACHE_BYTES = 32 * 1024 * 1024;

interface Written {
  /** What the text was written from (fieldsDigest): the fields themselves cost four times the text. */
  digest: string;
  /** The VEVENT as the feed writes it, folded to 75 octets a line, in UTF-8. */
  text: Buffer;
  bytes: number;
}

/** SHA-1 of the fields an event's text is written from, each closed by a NUL (none holds one). */
function fieldsDigest(event: FeedEvent): string {
  return hash('sha1', `${event.dueOn}\0${event.summary}\0${event.url}\0${event.description}\0`, 'base64');
}

/**
 * Writes RFC 5545 feeds with ical-generator. Each event's VEVENT text is kept, by UID, for as
 * long as its fields stay the same (by their digest): calendar clients poll the same feed all day, and serialising
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
        const digest = fieldsDigest(event);
        if (known && known.digest === digest) {
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
        // The text's bytes, its key and digest, and the objects around them.
        const bytes = text.length + 2 * event.uid.length + 200;
        this.remember(event.uid, { digest, text, bytes }, known);
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
