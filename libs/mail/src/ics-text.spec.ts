import fc from 'fast-check';
import ical, { foldLines } from 'ical-generator';
import { foldIcsLines, IcsText } from './ics-text';

describe('reminder .ics text', () => {
  it('folds every line as ical-generator does, byte for byte (any text, any script)', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc
        .constantFrom('é', 'ع', '—', '😀', 'a')
        .chain((ch) => fc.integer({ min: 0, max: 90 }).map((count) => ch.repeat(count))),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        const text = lines.join('\r\n');
        expect(foldIcsLines(text)).toBe(foldLines(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes what calendar.toString() writes for the same event', () => {
    const options = { name: 'Passerelle', prodId: { company: 'Passerelle', product: 'reminders' } };
    const event = {
      id: 'renewal_notice:2027-03-01@passerelle',
      stamp: new Date('2026-11-23T09:00:00Z'),
      start: new Date('2027-03-01T00:00:00Z'),
      allDay: true,
      summary: 'Préavis de renouvellement — Villeneuve-la-Garenne – Tiznit — تيزنيت, جماعة ترابية',
      description: `Convention de coopération décentralisée, un titre assez long pour être replié\nhttps://passerelle.example/conventions/${'x'.repeat(80)}`,
      url: `https://passerelle.example/conventions/${'x'.repeat(80)}`,
    };
    const expected = ical(options);
    expected.createEvent(event);
    const writer = IcsText.of(options);
    expect(writer.write([event])).toBe(expected.toString());
    // The writer's calendar holds nothing between mails.
    const second = ical(options);
    second.createEvent({ ...event, summary: 'Échéance' });
    expect(writer.write([{ ...event, summary: 'Échéance' }])).toBe(second.toString());
  });
});
