import { DeadlineRecord, DeadlineRepository } from '../../ports/deadline.repository';
import { aStoredConvention, aStranger, aViewer, anOfficer, useCaseOnMemory } from '@passerelle/testing';
import { ReopenDeadlineUseCase } from '../reopen-deadline/reopen-deadline.use-case';
import { RecordDeadlineUseCase } from './record-deadline.use-case';

/** Records kept by (convention, kind, date), as deadline_records' key. */
function recordsInMemory() {
  const records: DeadlineRecord[] = [];
  const same = (a: Pick<DeadlineRecord, 'conventionId' | 'kind' | 'dueOn'>, b: typeof a) =>
    a.conventionId === b.conventionId && a.kind === b.kind && a.dueOn === b.dueOn;
  const repository: Pick<DeadlineRepository, 'recordsFor' | 'saveRecord' | 'deleteRecord'> = {
    recordsFor: (conventionId) => Promise.resolve(records.filter((r) => r.conventionId === conventionId)),
    saveRecord: (record) => {
      const saved = { ...record, recordedAt: '2026-03-13T09:00:00.000Z' };
      const index = records.findIndex((r) => same(r, record));
      if (index >= 0) records[index] = saved;
      else records.push(saved);
      return Promise.resolve(saved);
    },
    deleteRecord: (conventionId, kind, dueOn) => {
      const index = records.findIndex((r) => same(r, { conventionId, kind, dueOn }));
      if (index >= 0) records.splice(index, 1);
      return Promise.resolve(index >= 0);
    },
  };
  return { records, repository };
}

async function world() {
  const { records, repository } = recordsInMemory();
  const memory = await useCaseOnMemory(RecordDeadlineUseCase, {
    also: [ReopenDeadlineUseCase],
    extra: [{ provide: DeadlineRepository, useValue: repository }],
  });
  return {
    ...memory,
    records,
    reopen: memory.get(ReopenDeadlineUseCase),
    convention: aStoredConvention(memory.store),
  };
}

// aConvention(): in force from 2023-01-03 for 36 months, an action plan due each 31 December.
describe('RecordDeadlineUseCase and ReopenDeadlineUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('records a deadline done (today by default) and again leaves one record; waives with a reason', async () => {
    const { useCase, records, convention } = await world();
    const done = await useCase.execute(
      convention.id,
      'action_plan',
      '2025-12-31',
      { state: 'done' },
      anOfficer,
    );
    expect(done).toMatchObject({ state: 'done', doneOn: '2026-03-13', recordedBy: anOfficer.email });
    await useCase.execute(convention.id, 'action_plan', '2025-12-31', { state: 'done' }, anOfficer);
    expect(records).toHaveLength(1);
    const waived = await useCase.execute(
      convention.id,
      'action_plan',
      '2025-12-31',
      { state: 'waived', reason: 'plan pluriannuel' },
      anOfficer,
    );
    expect([waived.state, waived.doneOn, waived.reason, records.length]).toEqual([
      'waived',
      null,
      'plan pluriannuel',
      1,
    ]);
  });

  it('refuses a deadline the convention does not have (404 on dueOn) and a done date after tomorrow (400 on doneOn)', async () => {
    const { useCase, records, convention } = await world();
    await expect(
      useCase.execute(convention.id, 'action_plan', '2025-12-30', { state: 'done' }, anOfficer),
    ).rejects.toMatchObject({ code: 'not_found', field: 'dueOn' });
    await expect(
      useCase.execute(
        convention.id,
        'action_plan',
        '2025-12-31',
        { state: 'done', doneOn: '2026-03-15' },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'doneOn' });
    expect(
      (
        await useCase.execute(
          convention.id,
          'action_plan',
          '2025-12-31',
          { state: 'done', doneOn: '2026-03-14' },
          anOfficer,
        )
      ).doneOn,
    ).toBe('2026-03-14');
    expect(records).toHaveLength(1);
  });

  it('answers another organization 404 and a viewer 403, writing nothing', async () => {
    const { useCase, reopen, records, convention } = await world();
    await expect(
      useCase.execute(convention.id, 'action_plan', '2025-12-31', { state: 'done' }, aStranger),
    ).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    await expect(
      useCase.execute(convention.id, 'action_plan', '2025-12-31', { state: 'done' }, aViewer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(reopen.execute(convention.id, 'action_plan', '2025-12-31', aViewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(records).toEqual([]);
  });

  it('reopens a recorded deadline, and answers 404 on dueOn when nothing is recorded', async () => {
    const { useCase, reopen, records, convention } = await world();
    await useCase.execute(convention.id, 'action_plan', '2025-12-31', { state: 'done' }, anOfficer);
    await reopen.execute(convention.id, 'action_plan', '2025-12-31', anOfficer);
    expect(records).toEqual([]);
    await expect(reopen.execute(convention.id, 'action_plan', '2025-12-31', anOfficer)).rejects.toMatchObject(
      {
        code: 'not_found',
        field: 'dueOn',
      },
    );
  });
});
