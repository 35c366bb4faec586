import { Actor, FixedClock } from '@passerelle/domain';
import { anOfficer, aStranger, aViewer } from '@passerelle/testing';
import { ApdDeclarationRecord, PaymentRepository } from '../../ports/payment.repository';
import { RecordApdDeclarationUseCase } from './record-apd-declaration.use-case';

const admin: Actor = { ...anOfficer, userId: 'u-admin', role: 'admin', organizationId: null };

/** Clock at 2026-01-01T02:00Z: still 31 December in a zone behind UTC, already 1 January in Paris. */
function world(now = '2026-03-13T09:00:00Z') {
  const declared: ApdDeclarationRecord[] = [];
  const zones: Record<string, string> = { 'org-vlg': 'Europe/Paris', 'org-nyc': 'America/New_York' };
  const payments = {
    organization: (id: string) =>
      Promise.resolve(zones[id] ? { id, name: id, country: 'FR', timeZone: zones[id] } : null),
    declare: (record: ApdDeclarationRecord) => {
      declared.push(record);
      return Promise.resolve(record);
    },
  } as unknown as PaymentRepository;
  return { declared, useCase: new RecordApdDeclarationUseCase(payments, new FixedClock(new Date(now))) };
}

describe('RecordApdDeclarationUseCase (in-memory ports)', () => {
  it('records the declaration of a year on a day of the next one, today by default, by the officer', async () => {
    const { useCase, declared } = world();
    await useCase.execute('org-vlg', 2025, { note: '  ' }, anOfficer);
    await useCase.execute('org-vlg', 2025, { declaredOn: '2026-01-01', note: ' déposée ' }, anOfficer);
    expect(declared).toEqual([
      {
        organizationId: 'org-vlg',
        year: 2025,
        declaredOn: '2026-03-13',
        note: null,
        declaredBy: anOfficer.email,
      },
      {
        organizationId: 'org-vlg',
        year: 2025,
        declaredOn: '2026-01-01',
        note: 'déposée',
        declaredBy: anOfficer.email,
      },
    ]);
  });

  it('refuses a day ahead, or within the year declared (400 on declaredOn), today read in the organization’s zone', async () => {
    const { useCase, declared } = world('2026-01-01T02:00:00Z');
    await expect(
      useCase.execute('org-vlg', 2025, { declaredOn: '2026-01-02' }, anOfficer),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'declaredOn',
    });
    await expect(
      useCase.execute('org-vlg', 2026, { declaredOn: '2026-01-01' }, anOfficer),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'declaredOn',
    });
    await useCase.execute('org-vlg', 2025, {}, anOfficer);
    await expect(useCase.execute('org-nyc', 2025, {}, admin)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'declaredOn',
    });
    expect(declared.map((record) => `${record.organizationId} ${record.declaredOn}`)).toEqual([
      'org-vlg 2026-01-01',
    ]);
  });

  it('another organization is told it does not exist (404 on id), a viewer may not (403), an unknown one is a 404', async () => {
    const { useCase, declared } = world();
    await expect(useCase.execute('org-vlg', 2025, {}, aStranger)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    await expect(useCase.execute('org-vlg', 2025, {}, aViewer)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(useCase.execute('org-404', 2025, {}, admin)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    expect(declared).toEqual([]);
  });
});
