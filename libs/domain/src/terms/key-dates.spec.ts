import fc from 'fast-check';
import { Clauses } from '../clauses/clauses';
import { ConventionDocument } from '../conventions/convention';
import { addDays } from '../shared/calendar-date';
import { computeTerms } from './compute-terms';
import { keyDatesOf } from './key-dates';

const doc = (clauses: Clauses, extra: Partial<ConventionDocument> = {}): ConventionDocument => ({
  reference: 'REF',
  title: 'Convention',
  instrument: 'protocole',
  parties: [
    { name: 'A', country: 'FR', signedOn: '2026-06-12' },
    { name: 'B', country: 'MA', signedOn: '2026-06-20' },
  ],
  clauses,
  ...extra,
});

describe('keyDatesOf', () => {
  it('starts at the last signature and names the tacit renewal after the term under way', () => {
    const vlg = doc({ term: { start: 'last_signature', durationMonths: 36 }, renewal: { mode: 'tacit' } });
    expect(keyDatesOf(vlg, '2026-07-01')).toEqual({
      startsOn: '2026-06-20',
      currentTermEndsOn: '2029-06-19',
      endsOn: null,
      openEnded: true,
      nextRenewal: { kind: 'tacit_renewal', on: '2029-06-20' },
    });
    // In the second term, the next renewal moves with it.
    expect(keyDatesOf(vlg, '2030-01-01').nextRenewal).toEqual({ kind: 'tacit_renewal', on: '2032-06-20' });
  });

  it('names the renewal decision under express renewal, and nothing after the last term', () => {
    const express = doc({
      term: { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 },
      renewal: { mode: 'express' },
    });
    expect(keyDatesOf(express, '2025-01-01')).toMatchObject({
      startsOn: '2024-02-02',
      currentTermEndsOn: '2026-02-01',
      endsOn: '2026-02-01',
      nextRenewal: { kind: 'renewal_decision', on: '2026-02-01' },
    });
    expect(keyDatesOf(express, '2026-02-02')).toMatchObject({ currentTermEndsOn: null, nextRenewal: null });
  });

  it('knows nothing before a signature is missing', () => {
    const unsigned = doc(
      { term: { start: 'last_signature', durationMonths: 12 } },
      {
        parties: [
          { name: 'A', country: 'FR', signedOn: '2026-01-01' },
          { name: 'B', country: 'MA' },
        ],
      },
    );
    expect(keyDatesOf(unsigned, '2026-03-01')).toEqual({
      startsOn: null,
      currentTermEndsOn: null,
      endsOn: null,
      openEnded: false,
      nextRenewal: null,
    });
  });

  it('gives, on any day, the end of the term in force that day (or of the next one), and a tacit renewal the day after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 8000 }),
        (startOffset, months, dayOffset) => {
          const startDate = addDays('2020-01-01', startOffset);
          const today = addDays('2019-01-01', dayOffset);
          const d = doc({
            term: { start: 'fixed_date', startDate, durationMonths: months },
            renewal: { mode: 'tacit' },
          });
          const dates = keyDatesOf(d, today);
          const [term] = computeTerms(d, { from: today, to: today });
          if (term) expect(dates.currentTermEndsOn).toBe(term.lastDayInForce);
          else expect(today < startDate).toBe(true);
          expect(dates.currentTermEndsOn! >= today || today < startDate).toBe(true);
          expect(dates.nextRenewal).toEqual({
            kind: 'tacit_renewal',
            on: addDays(dates.currentTermEndsOn!, 1),
          });
        },
      ),
    );
  });
});
