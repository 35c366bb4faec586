import ical, { ICalCalendar, ICalEventData } from 'ical-generator';

/**
 * RFC 5545 line folding as ical-generator's calendar.toString() does it (a line breaks before the
 * octet that would make it longer than 74; the continuation starts with a space), with the UTF-8
 * size of each character read from its code unit. ical-generator encodes every character with a
 * new TextEncoder: 2.6 ms of a reminder mail's rendering on a loaded machine, more than the mail's
 * MIME encoding.
 */
export function foldIcsLines(input: string): string {
  const lines = input.split('\r\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // No fold needed: 24 code units are at most 72 octets, and 74 ASCII ones are 74.
    if (line.length <= 24 || (line.length <= 74 && !/[^\x20-\x7e]/.test(line))) continue;
    // Cut by slices, not a character at a time: a feed folds 17,000 events' descriptions.
    let result = '';
    let start = 0;
    let octets = 0;
    for (let i = 0; i < line.length; i += 1) {
      const code = line.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
      const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
      if (octets + size > 74) {
        result += `${line.slice(start, i)}\r\n `;
        start = i;
        octets = 0;
      }
      octets += size;
      if (pair) i += 1;
    }
    lines[index] = result + line.slice(start);
  }
  return lines.join('\r\n');
}

/**
 * One calendar's text with the given events, as `calendar.toString()` writes it: the envelope of
 * the empty calendar serialised once, the events by ical-generator, the whole folded once.
 */
export class IcsText {
  private readonly head: string;
  private readonly tail: string;

  constructor(private readonly calendar: ICalCalendar) {
    const envelope = calendar.toString();
    const end = envelope.lastIndexOf('END:VCALENDAR');
    this.head = envelope.slice(0, end);
    this.tail = envelope.slice(end);
  }

  static of(options: Parameters<typeof ical>[0]): IcsText {
    return new IcsText(ical(options));
  }

  write(events: ICalEventData[]): string {
    let text = this.head;
    try {
      for (const event of events) text += this.calendar.createEvent(event).toString();
    } finally {
      this.calendar.clear();
    }
    return foldIcsLines(text + this.tail);
  }
}
