import * as ical from 'node-ical';
import { FeedEvent, IcsFeedWriter } from './ics-feed-writer';

const event = (index: number, overrides: Partial<FeedEvent> = {}): FeedEvent => ({
  uid: `c${index}.committee_meeting.period-2027-01-01@passerelle`,
  dueOn: '2027-12-31',
  summary: `Réunion du comité de pilotage — Convention ${index}`,
  description: `Convention ${index} (REF-${index})\n\nArt. 5 — « au moins une fois par an »\n\nhttps://passerelle.example/conventions/${index}`,
  url: `https://passerelle.example/conventions/${index}`,
  ...overrides,
});

const vevents = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((component) => component?.type === 'VEVENT') as Array<
    ical.VEvent & { description: string }
  >;

describe('IcsFeedWriter', () => {
  it('writes valid all-day events, each once, with its UID, summary, description and link', () => {
    const text = new IcsFeedWriter().write('fr', [event(1), event(2)]).toString();
    const parsed = vevents(text);
    expect(parsed.map((item) => item.uid)).toEqual([event(1).uid, event(2).uid]);
    expect(parsed[0]).toMatchObject({ summary: event(1).summary, description: event(1).description });
    expect(parsed[0].datetype).toBe('date');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('gives back the same text for an unchanged event, and a fresh one when a field changes', () => {
    const writer = new IcsFeedWriter();
    const first = writer.write('fr', [event(1), event(2)]).toString();
    expect(writer.write('fr', [event(1), event(2)]).toString()).toBe(first);

    const moved = writer.write('fr', [event(1, { dueOn: '2027-06-30' }), event(2)]).toString();
    // The dates as written: node-ical turns a DATE into a local midnight, which depends on the process zone.
    expect(moved.match(/^DTSTART;VALUE=DATE:\d+/gm)).toEqual([
      'DTSTART;VALUE=DATE:20270630',
      'DTSTART;VALUE=DATE:20271231',
    ]);
    const requoted = writer
      .write('fr', [event(1), event(2, { description: 'Convention 2 — « nouveau texte »' })])
      .toString();
    expect(vevents(requoted)[1].description).toBe('Convention 2 — « nouveau texte »');
    expect(requoted.match(/^DTSTART;VALUE=DATE:\d+/gm)).toEqual([
      'DTSTART;VALUE=DATE:20271231',
      'DTSTART;VALUE=DATE:20271231',
    ]);
  });

  it('folds every line to 75 octets (RFC 5545 §3.1), also the events kept between requests', () => {
    const long = event(3, {
      summary: `Réunion du comité de pilotage — ${'Convention de coopération décentralisée '.repeat(3)}`,
      description: `${'Convention — « au moins une fois par an », '.repeat(6)}\n\nhttps://passerelle.example/conventions/3`,
    });
    const writer = new IcsFeedWriter();
    for (const text of [writer.write('fr', [long]), writer.write('fr', [long])]) {
      const lines = text.toString().split('\r\n');
      expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
      expect(lines.some((line) => line.startsWith(' '))).toBe(true);
      const [parsed] = vevents(text.toString());
      expect(parsed).toMatchObject({ summary: long.summary, description: long.description });
    }
  });

  it('writes the calendar envelope in the reader’s language and drops events no longer asked for', () => {
    const writer = new IcsFeedWriter();
    writer.write('fr', [event(1), event(2)]);
    const english = writer.write('en', [event(2)]).toString();
    expect(english).toContain('//EN');
    expect(vevents(english).map((item) => item.uid)).toEqual([event(2).uid]);
  });
});
