import { Clauses } from '../clauses/clauses';
import { ConventionDocument } from '../conventions/convention';
import { expressRenewal, nonRenewal, terminationNotice } from './renewal-decisions';

const vlg = (
  clauses: Partial<Clauses> = {},
  overrides: Partial<ConventionDocument> = {},
): ConventionDocument => ({
  reference: 'VLG-TIZNIT-2023',
  title: 'Villeneuve-la-Garenne – Tiznit',
  instrument: 'protocole',
  effectiveOn: '2023-01-03',
  parties: [
    { name: 'Villeneuve-la-Garenne', country: 'FR' },
    { name: 'Tiznit', country: 'MA' },
  ],
  clauses: {
    term: { start: 'effective_date', durationMonths: 36 },
    renewal: { mode: 'tacit' },
    termination: { anyTime: true, noticeMonths: 3 },
    ...clauses,
  },
  ...overrides,
});
const express = (renewal: Partial<NonNullable<Clauses['renewal']>> = {}) =>
  vlg({ renewal: { mode: 'express', ...renewal } });

describe('terminationNotice', () => {
  it.each<[string, ConventionDocument, string, string | null, string]>([
    ['three months’ notice', vlg(), '2026-03-15', null, '2026-06-14'],
    ['a later day asked for', vlg(), '2026-03-15', '2026-12-31', '2026-12-31'],
    ['thirty days’ notice', vlg({ termination: { noticeDays: 30 } }), '2026-03-15', null, '2026-04-13'],
    ['no notice period', vlg({ termination: null }), '2026-03-15', null, '2026-03-15'],
    [
      'only at the end of the term',
      vlg({ termination: { anyTime: false, noticeMonths: 3 } }),
      '2026-03-15',
      null,
      '2029-01-02',
    ],
  ])('%s: notice of %s → last day in force %s', (_, doc, noticeOn, requested, expected) => {
    expect(terminationNotice(doc, noticeOn, requested).terminatedOn).toBe(expected);
  });

  it.each([
    [
      'a day before the notice period ends',
      vlg(),
      '2026-03-15',
      '2026-06-13',
      'invalid_input',
      'lastDayInForce',
    ],
    [
      'an already earlier termination',
      vlg({}, { terminatedOn: '2026-04-30' }),
      '2026-03-15',
      null,
      'conflict',
      'noticeOn',
    ],
    [
      'a convention not in force',
      vlg({ renewal: { mode: 'none' } }),
      '2026-03-15',
      null,
      'unprocessable',
      'noticeOn',
    ],
  ])('refuses %s', (_, doc, noticeOn, requested, code, field) => {
    expect(() => terminationNotice(doc, noticeOn, requested)).toThrow(
      expect.objectContaining({ code, field }),
    );
  });
});

describe('nonRenewal', () => {
  it('stops tacit renewal at the end of the term in force and settles its notice', () => {
    expect(nonRenewal(vlg(), '2025-06-01')).toEqual({
      terminatedOn: '2026-01-02',
      lastDayInForceBefore: null,
      lastDayInForceAfter: '2026-01-02',
      settles: { kind: 'renewal_notice', dueOn: '2025-10-02' },
    });
  });

  it('under express renewal, lets the convention expire and settles the renewal decision', () => {
    expect(nonRenewal(express(), '2025-06-01')).toEqual({
      lastDayInForceBefore: '2026-01-02',
      lastDayInForceAfter: '2026-01-02',
      settles: { kind: 'renewal_decision', dueOn: '2026-01-02' },
    });
  });

  it('refuses when nothing could be renewed', () => {
    expect(() => nonRenewal(vlg({ renewal: { mode: 'none' } }), '2025-06-01')).toThrow(
      expect.objectContaining({ code: 'unprocessable' }),
    );
  });
});

describe('expressRenewal', () => {
  it.each<[string, ConventionDocument, number | null, number, number, string]>([
    ['by the original duration', express(), null, 0, 0, '2029-01-02'],
    ['by the renewal period', express({ periodMonths: 24 }), null, 0, 0, '2028-01-02'],
    ['by the term asked for', express(), 12, 0, 0, '2027-01-02'],
    [
      'a second time',
      vlg({ term: { start: 'effective_date', durationMonths: 72 }, renewal: { mode: 'express' } }),
      null,
      1,
      36,
      '2032-01-02',
    ],
  ])('%s', (_, doc, newTermMonths, renewalsSoFar, monthsAddedSoFar, lastDay) => {
    const decidedOn = doc.clauses.term?.durationMonths === 72 ? '2028-10-01' : '2025-11-01';
    const effect = expressRenewal(doc, decidedOn, { newTermMonths, renewalsSoFar, monthsAddedSoFar });
    expect(effect.lastDayInForceAfter).toBe(lastDay);
    expect(effect.settles?.kind).toBe('renewal_decision');
  });

  it.each([
    ['a tacit renewal clause', vlg(), 0, 'unprocessable'],
    ['too many renewals', express({ maxRenewals: 1 }), 1, 'conflict'],
  ])('refuses %s', (_, doc, renewalsSoFar, code) => {
    expect(() => expressRenewal(doc, '2025-11-01', { renewalsSoFar, monthsAddedSoFar: 0 })).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('refuses once the term has ended', () => {
    expect(() => expressRenewal(express(), '2026-02-01', { renewalsSoFar: 0, monthsAddedSoFar: 0 })).toThrow(
      expect.objectContaining({ code: 'unprocessable', field: 'decidedOn' }),
    );
  });
});
