import { budgetTotals, Project } from './portfolio-types';

const project = (lines: Project['budgetLines']): Project => ({
  id: 'p',
  title: 'P',
  status: 'in_progress',
  period: null,
  startsOn: null,
  endsOn: null,
  objectives: null,
  projectOwner: null,
  beneficiaries: null,
  domains: [],
  budgetLines: lines,
  lineFrom: null,
  lineTo: null,
});
const line = (
  role: 'contribution' | 'total',
  contributor: string,
  amount: number | null,
  currency: string | null,
) => ({
  role,
  contributor,
  amount,
  currency,
  contributorKind: null,
  nature: null,
  inKindAmount: null,
  yearFrom: null,
  yearTo: null,
  words: null,
  line: null,
});

describe('budgetTotals', () => {
  it('adds contributions per currency and per contributor, never a stated total or a line without amount', () => {
    const totals = budgetTotals([
      project([
        line('total', 'Coût total', 2032800, 'MAD'),
        line('contribution', 'PAD', 994690, 'MAD'),
        line('contribution', 'Aix', 816560.5, 'MAD'),
      ]),
      project([
        line('contribution', 'Aix', 10000, 'EUR'),
        line('contribution', 'PAD', null, null),
        line('contribution', 'PAD', 5.5, 'MAD'),
      ]),
    ]);
    expect(totals.byCurrency).toEqual([
      { currency: 'EUR', amount: 10000 },
      { currency: 'MAD', amount: 1811256 },
    ]);
    expect(totals.byContributor.map((item) => [item.contributor, item.currency, item.amount])).toEqual([
      ['PAD', 'MAD', 994695.5],
      ['Aix', 'MAD', 816560.5],
      ['Aix', 'EUR', 10000],
    ]);
  });
});
