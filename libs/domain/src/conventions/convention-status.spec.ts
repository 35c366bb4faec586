import { ConventionDocument } from './convention';
import { deriveConventionStatus, StatusFacts, statusFromSummary } from './convention-status';

describe('statusFromSummary', () => {
  const base: StatusFacts = {
    startsOn: '2024-02-02',
    endsOn: '2026-02-01',
    terminatedOn: null,
    anySigned: true,
    allSigned: true,
  };

  it.each<[string, Partial<StatusFacts>, string, string]>([
    [
      'no start, nobody signed',
      { startsOn: null, endsOn: null, anySigned: false, allSigned: false },
      '2025-01-01',
      'draft',
    ],
    [
      'no start, one signature',
      { startsOn: null, endsOn: null, anySigned: true, allSigned: false },
      '2025-01-01',
      'awaiting_signatures',
    ],
    [
      'no start, all signed (effective date not recorded)',
      { startsOn: null, endsOn: null },
      '2025-01-01',
      'awaiting_signatures',
    ],
    ['start ahead, nobody signed', { anySigned: false, allSigned: false }, '2024-02-01', 'draft'],
    ['start ahead, signed', {}, '2024-02-01', 'awaiting_signatures'],
    ['first day in force', {}, '2024-02-02', 'in_force'],
    ['last day in force', {}, '2026-02-01', 'in_force'],
    [
      'in force without any signature recorded',
      { anySigned: false, allSigned: false },
      '2025-01-01',
      'in_force',
    ],
    ['the day after the last day in force', {}, '2026-02-02', 'expired'],
    ['open-ended, far ahead', { endsOn: null }, '2090-01-01', 'in_force'],
    [
      'on the termination day',
      { terminatedOn: '2025-06-30', endsOn: '2025-06-30' },
      '2025-06-30',
      'in_force',
    ],
    [
      'after the termination day',
      { terminatedOn: '2025-06-30', endsOn: '2025-06-30' },
      '2025-07-01',
      'terminated',
    ],
    ['terminated after it had expired', { terminatedOn: '2026-06-30' }, '2026-03-01', 'expired'],
    [
      'terminated before it started',
      { startsOn: null, endsOn: null, terminatedOn: '2024-01-15' },
      '2024-01-16',
      'terminated',
    ],
  ])('%s → %s', (_, facts, today, expected) => {
    expect(statusFromSummary({ ...base, ...facts }, today)).toBe(expected);
  });
});

describe('deriveConventionStatus', () => {
  const dijon = (
    signatures: Array<string | null>,
    terminatedOn: string | null = null,
  ): ConventionDocument => ({
    reference: 'DIJON-CHEFCHAOUEN-2016',
    title: 'Convention Dijon – Chefchaouen',
    instrument: 'convention_cadre',
    terminatedOn,
    parties: [
      { name: 'Dijon', country: 'FR', deliberationOn: '2016-03-21', signedOn: signatures[0] },
      { name: 'Chefchaouen', country: 'MA', signedOn: signatures[1] },
    ],
    clauses: { term: { start: 'last_signature', durationMonths: 60 }, renewal: { mode: 'express' } },
  });

  it.each<[string, ConventionDocument, string, string]>([
    ['nobody signed', dijon([null, null]), '2016-04-01', 'draft'],
    ['one signature missing', dijon(['2016-04-12', null]), '2016-04-20', 'awaiting_signatures'],
    [
      'all signed: in force from the last signature',
      dijon(['2016-04-12', '2016-05-03']),
      '2016-05-03',
      'in_force',
    ],
    ['five years later', dijon(['2016-04-12', '2016-05-03']), '2021-05-02', 'in_force'],
    ['after five years, no renewal recorded', dijon(['2016-04-12', '2016-05-03']), '2021-05-03', 'expired'],
    ['terminated', dijon(['2016-04-12', '2016-05-03'], '2019-12-31'), '2020-01-01', 'terminated'],
  ])('%s → %s', (_, doc, today, expected) => {
    expect(deriveConventionStatus(doc, today)).toBe(expected);
  });
});
