import { ConventionDocument, Party } from '../conventions/convention';
import { TermClause } from '../clauses/clauses';
import { resolveTermStart } from './term-start';

const party = (name: string, signedOn: string | null): Party => ({
  name,
  country: name === 'Tiznit' ? 'MA' : 'FR',
  signedOn,
});
const doc = (
  term: TermClause | null,
  signatures: Array<string | null>,
  effectiveOn?: string,
): ConventionDocument => ({
  reference: 'REF',
  title: 'Convention',
  instrument: 'protocole',
  effectiveOn,
  parties: signatures.map((signedOn, index) =>
    party(['Villeneuve-la-Garenne', 'Tiznit', 'Grand Chambéry'][index], signedOn),
  ),
  clauses: { term },
});

describe('resolveTermStart (docs/deadline-rules.md#term-start)', () => {
  it.each<[string, TermClause | null, Array<string | null>, string | undefined, string | null]>([
    [
      'effectiveOn wins over the clause',
      { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 },
      [null, null],
      '2023-01-03',
      '2023-01-03',
    ],
    ['effectiveOn without a term clause', null, [null, null], '2023-01-03', '2023-01-03'],
    ['no term clause, no effectiveOn', null, ['2023-01-01', '2023-01-02'], undefined, null],
    [
      'fixed_date → startDate',
      { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 },
      [null, null],
      undefined,
      '2024-02-02',
    ],
    [
      'fixed_date without startDate',
      { start: 'fixed_date', durationMonths: 24 },
      [null, null],
      undefined,
      null,
    ],
    [
      'last_signature → latest signature',
      { start: 'last_signature', durationMonths: 60 },
      ['2016-04-12', '2016-05-03'],
      undefined,
      '2016-05-03',
    ],
    [
      'last_signature, latest first',
      { start: 'last_signature', durationMonths: 60 },
      ['2016-05-03', '2016-04-12', '2016-04-30'],
      undefined,
      '2016-05-03',
    ],
    [
      'last_signature with a signature missing',
      { start: 'last_signature', durationMonths: 60 },
      ['2016-04-12', null],
      undefined,
      null,
    ],
    [
      'effective_date without effectiveOn',
      { start: 'effective_date', durationMonths: 36 },
      ['2022-12-20', '2022-12-21'],
      undefined,
      null,
    ],
    [
      'effective_date with effectiveOn',
      { start: 'effective_date', durationMonths: 36 },
      [null, null],
      '2023-01-03',
      '2023-01-03',
    ],
  ])('%s', (_, term, signatures, effectiveOn, expected) => {
    expect(resolveTermStart(doc(term, signatures, effectiveOn))).toBe(expected);
  });

  it('last_signature with no party at all has no start', () => {
    expect(
      resolveTermStart({ ...doc({ start: 'last_signature', durationMonths: 12 }, []), parties: [] }),
    ).toBeNull();
  });
});
