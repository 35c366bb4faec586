import { clauseChange } from './convention-form';

describe('clauseChange (what an amendment sends for one clause)', () => {
  const term = {
    start: 'fixed_date' as const,
    startDate: '2024-02-02',
    durationMonths: 24,
    indefinite: false,
    source: { article: '3', quote: 'La convention est conclue pour deux ans.' },
  };

  it('sends only the fields that differ from the clause in force', () => {
    expect(clauseChange(term, { ...term, durationMonths: 36 })).toEqual({ durationMonths: 36 });
  });

  it('sends a cleared field as null, and a new source of the avenant', () => {
    expect(
      clauseChange(term, {
        ...term,
        startDate: null,
        source: { article: '1', quote: 'Portée à trois ans.' },
      }),
    ).toEqual({ startDate: null, source: { article: '1', quote: 'Portée à trois ans.' } });
  });

  it('sends nothing when nothing changed, the whole clause when it adds one', () => {
    expect(clauseChange(term, structuredClone(term))).toEqual({});
    expect(clauseChange(null, { rule: 'unanimity' })).toEqual({ rule: 'unanimity' });
  });

  it('compares signatories once trimmed and without blank lines', () => {
    const committee = { name: 'Comité', minutesSignatories: ['Maire', 'Président'] };
    expect(
      clauseChange(committee, { ...committee, minutesSignatories: ['Maire ', '', 'Président'] }),
    ).toEqual({});
    expect(clauseChange(committee, { ...committee, minutesSignatories: ['Maire'] })).toEqual({
      minutesSignatories: ['Maire'],
    });
  });
});
