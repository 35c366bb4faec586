import { deriveConventionStatus } from '../conventions/convention-status';
import { summarizeTerms } from '../terms/term-summary';
import { ConventionDocument } from '../conventions/convention';
import { amendedDocument } from './clause-changes';

const doc = {
  reference: 'T',
  title: 'T',
  instrument: 'convention',
  effectiveOn: '2024-11-01',
  parties: [
    { name: 'A', country: 'FR', signedOn: '2024-10-01' },
    { name: 'B', country: 'MA', signedOn: '2024-10-02' },
  ],
  clauses: { term: { start: 'effective_date', durationMonths: 24 }, renewal: { mode: 'none' } },
} as unknown as ConventionDocument;

describe('amendedDocument', () => {
  it('is the document itself without amendments', () => {
    expect(amendedDocument(doc, [])).toBe(doc);
  });

  it('applies every amendment in force, in order of entry into force, whatever the day', () => {
    const amended = amendedDocument(doc, [
      { id: 'b', inForceOn: '2030-01-01', changes: { term: { durationMonths: 48 } } },
      { id: 'a', inForceOn: '2026-11-22', changes: { term: { durationMonths: 36 } } },
    ]);
    expect(amended.clauses.term).toEqual({ start: 'effective_date', durationMonths: 48 });
    expect(doc.clauses.term).toEqual({ start: 'effective_date', durationMonths: 24 });
  });

  it('moves the end, and so the status, of a convention whose term an amendment lengthens', () => {
    const amended = amendedDocument(doc, [
      { id: 'a', inForceOn: '2026-11-22', changes: { term: { durationMonths: 36 } } },
    ]);
    expect(summarizeTerms(doc).endsOn).toBe('2026-10-31');
    expect(summarizeTerms(amended).endsOn).toBe('2027-10-31');
    expect(deriveConventionStatus(doc, '2026-11-22')).toBe('expired');
    expect(deriveConventionStatus(amended, '2026-11-22')).toBe('in_force');
  });
});
