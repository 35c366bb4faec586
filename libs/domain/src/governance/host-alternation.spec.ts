import { hostAlternationBreaks, MeetingVenue } from './host-alternation';

const franceMorocco = [
  { name: 'Villeneuve-la-Garenne', country: 'FR' },
  { name: 'Tiznit', country: 'MA' },
];
const sameCountry = [
  { name: 'Tiznit', country: 'MA' },
  { name: 'Taroudant', country: 'MA' },
];
const meeting = (id: string, heldOn: string, hostParty: string, country: string): MeetingVenue => ({
  id,
  heldOn,
  hostParty,
  country,
});

describe('hostAlternationBreaks', () => {
  it.each<[string, MeetingVenue[], typeof franceMorocco, Array<[string, string]>]>([
    [
      'alternating France, Morocco, France',
      [
        meeting('a', '2024-03-01', 'Villeneuve-la-Garenne', 'FR'),
        meeting('b', '2025-03-01', 'Tiznit', 'MA'),
        meeting('c', '2026-03-01', 'Villeneuve-la-Garenne', 'FR'),
      ],
      franceMorocco,
      [],
    ],
    [
      'France twice',
      [
        meeting('a', '2025-03-01', 'Villeneuve-la-Garenne', 'FR'),
        meeting('b', '2026-03-01', 'Villeneuve-la-Garenne', 'FR'),
      ],
      franceMorocco,
      [['b', 'FR']],
    ],
    [
      'Tiznit hosting in France after a meeting in France',
      [meeting('a', '2025-03-01', 'Villeneuve-la-Garenne', 'FR'), meeting('b', '2026-03-01', 'Tiznit', 'FR')],
      franceMorocco,
      [['b', 'FR']],
    ],
    [
      'order is by date, not by input',
      [
        meeting('c', '2026-03-01', 'Tiznit', 'MA'),
        meeting('a', '2024-03-01', 'Villeneuve-la-Garenne', 'FR'),
        meeting('b', '2025-03-01', 'Tiznit', 'MA'),
      ],
      franceMorocco,
      [['c', 'MA']],
    ],
    [
      'one country: parties alternate',
      [
        meeting('a', '2025-03-01', 'Tiznit', 'MA'),
        meeting('b', '2025-09-01', 'Taroudant', 'MA'),
        meeting('c', '2026-03-01', 'taroudant', 'MA'),
      ],
      sameCountry,
      [['c', 'Taroudant']],
    ],
    ['a single meeting', [meeting('a', '2025-03-01', 'Tiznit', 'MA')], franceMorocco, []],
  ])('%s', (_, meetings, parties, expected) => {
    expect(hostAlternationBreaks(meetings, parties).map((b) => [b.meetingId, b.repeated])).toEqual(expected);
  });

  it('names the previous meeting', () => {
    const [found] = hostAlternationBreaks(
      [
        meeting('a', '2025-03-01', 'Villeneuve-la-Garenne', 'FR'),
        meeting('b', '2026-03-01', 'Villeneuve-la-Garenne', 'FR'),
      ],
      franceMorocco,
    );
    expect(found).toEqual({
      meetingId: 'b',
      heldOn: '2026-03-01',
      previousMeetingId: 'a',
      previousHeldOn: '2025-03-01',
      repeated: 'FR',
    });
  });
});
