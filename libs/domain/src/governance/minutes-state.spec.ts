import { DomainError } from '../shared/domain-error';
import {
  circulateMinutes,
  MinutesState,
  minutesRevision,
  minutesStanding,
  signMinutes,
} from './minutes-state';

const SIGNATORIES = ['Président de Tiznit', 'Maire de Villeneuve-la-Garenne'];
const draft: MinutesState = { circulatedOn: null, signatures: [] };
const context = { required: SIGNATORIES, heldOn: '2026-03-12', today: '2026-05-01' };

describe('minutes state machine', () => {
  it.each<[string, MinutesState, string[], ReturnType<typeof minutesStanding>]>([
    ['a draft', draft, SIGNATORIES, { status: 'draft', executoryOn: null, missing: SIGNATORIES }],
    [
      'circulated, nobody signed',
      { circulatedOn: '2026-03-20', signatures: [] },
      SIGNATORIES,
      { status: 'awaiting_signatures', executoryOn: null, missing: SIGNATORIES },
    ],
    [
      'one president signed',
      {
        circulatedOn: '2026-03-20',
        signatures: [{ signatory: 'Président de Tiznit', signedOn: '2026-03-25' }],
      },
      SIGNATORIES,
      { status: 'awaiting_signatures', executoryOn: null, missing: ['Maire de Villeneuve-la-Garenne'] },
    ],
    [
      'both signed: executory on the later date, whatever the order recorded',
      {
        circulatedOn: '2026-03-20',
        signatures: [
          { signatory: 'Maire de Villeneuve-la-Garenne', signedOn: '2026-04-02' },
          { signatory: 'Président de Tiznit', signedOn: '2026-03-25' },
        ],
      },
      SIGNATORIES,
      { status: 'executory', executoryOn: '2026-04-02', missing: [] },
    ],
    [
      'no signatory required: executory once circulated',
      { circulatedOn: '2026-03-20', signatures: [] },
      [],
      { status: 'executory', executoryOn: '2026-03-20', missing: [] },
    ],
    ['no signatory required, still a draft', draft, [], { status: 'draft', executoryOn: null, missing: [] }],
  ])('%s', (_, state, required, expected) => {
    expect(minutesStanding(state, required)).toEqual(expected);
  });

  it('a first signature circulates a draft; the second makes it executory', () => {
    const first = signMinutes(draft, 'président de tiznit', '2026-03-25', context);
    expect(first).toMatchObject({ signatory: 'Président de Tiznit', changed: true });
    expect(first.state.circulatedOn).toBe('2026-03-25');
    expect(minutesStanding(first.state, SIGNATORIES).status).toBe('awaiting_signatures');
    const second = signMinutes(first.state, 'Maire de Villeneuve-la-Garenne', '2026-04-02', context);
    expect(minutesStanding(second.state, SIGNATORIES)).toMatchObject({
      status: 'executory',
      executoryOn: '2026-04-02',
    });
  });

  it('a retried signature changes nothing; the same signatory on another day is a conflict', () => {
    const { state } = signMinutes(draft, 'Président de Tiznit', '2026-03-25', context);
    expect(signMinutes(state, 'Président de Tiznit', '2026-03-25', context)).toMatchObject({
      changed: false,
      state,
    });
    expect(() => signMinutes(state, 'Président de Tiznit', '2026-03-26', context)).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'signatory' }),
    );
  });

  it.each([
    ['a stranger', 'Préfet', '2026-03-25', 'signatory'],
    ['before the meeting', 'Président de Tiznit', '2026-03-11', 'on'],
    ['in the future', 'Président de Tiznit', '2026-05-02', 'on'],
  ])('refuses a signature by %s', (_, signatory, on, field) => {
    expect(() => signMinutes(draft, signatory, on, context)).toThrow(DomainError);
    expect(() => signMinutes(draft, signatory, on, context)).toThrow(
      expect.objectContaining({ code: 'invalid_input', field }),
    );
  });

  it('refuses every signature when the clause names no signatory', () => {
    expect(() =>
      signMinutes(draft, 'Président de Tiznit', '2026-03-25', { ...context, required: [] }),
    ).toThrow(/names no signatory/);
  });

  it('circulating keeps the first date', () => {
    const once = circulateMinutes(draft, '2026-03-20');
    expect(circulateMinutes(once, '2026-03-28').circulatedOn).toBe('2026-03-20');
  });

  it.each([
    ['draft', 'edit_in_place'],
    ['awaiting_signatures', 'new_version'],
    ['executory', 'new_version'],
  ] as const)('a correction of %s minutes is %s', (status, revision) => {
    expect(minutesRevision(status)).toBe(revision);
  });
});
