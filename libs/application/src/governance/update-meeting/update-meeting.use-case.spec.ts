import { StoredConvention } from '@passerelle/domain';
import { aStoredConvention, anOfficer, InMemoryGovernance, useCaseOnMemory, VLG } from '@passerelle/testing';
import { DeleteMeetingUseCase } from '../delete-meeting/delete-meeting.use-case';
import { LogMeetingUseCase } from '../log-meeting/log-meeting.use-case';
import { RecordDecisionUseCase } from '../record-decision/record-decision.use-case';
import { SignMinutesUseCase } from '../sign-minutes/sign-minutes.use-case';
import { ValidateActionPlanUseCase } from '../validate-action-plan/validate-action-plan.use-case';
import { WriteMinutesUseCase } from '../write-minutes/write-minutes.use-case';
import { UpdateMeetingUseCase } from './update-meeting.use-case';

const march = {
  heldOn: '2026-03-12',
  city: VLG,
  country: 'FR',
  hostParty: VLG,
  agenda: [{ title: 'Bilan' }],
};

/** A convention with one meeting logged through LogMeetingUseCase (so its committee deadline is recorded done). */
async function world() {
  const memory = await useCaseOnMemory(UpdateMeetingUseCase, {
    also: [
      DeleteMeetingUseCase,
      LogMeetingUseCase,
      WriteMinutesUseCase,
      SignMinutesUseCase,
      ValidateActionPlanUseCase,
      RecordDecisionUseCase,
    ],
  });
  const convention = aStoredConvention(memory.store);
  const log = memory.get(LogMeetingUseCase);
  const meeting = await log.execute(convention, march, anOfficer, 'fr');
  return {
    ...memory,
    convention,
    meeting,
    log,
    remove: memory.get(DeleteMeetingUseCase),
    /** Minutes of the meeting signed by both signatories the committee clause names: executory. */
    executoryMinutes: async () => {
      const minutes = await memory
        .get(WriteMinutesUseCase)
        .execute(convention, meeting.id, { text: 'PV' }, anOfficer);
      const sign = memory.get(SignMinutesUseCase);
      await sign.execute(
        convention,
        minutes.id,
        { signatory: 'Président de Tiznit', on: '2026-03-13' },
        anOfficer,
      );
      await sign.execute(
        convention,
        minutes.id,
        { signatory: 'Maire de Villeneuve-la-Garenne', on: '2026-03-13' },
        anOfficer,
      );
    },
    presentPlan: () =>
      memory.get(ValidateActionPlanUseCase).execute(
        convention,
        meeting.id,
        {
          year: 2027,
          items: [
            {
              axis: 'Eau',
              action: 'Puits',
              leadParty: 'Tiznit',
              budget: 100,
              currency: 'EUR',
              status: 'planned',
            },
          ],
        },
        anOfficer,
      ),
  };
}

const committeeRecords = (store: InMemoryGovernance, convention: StoredConvention) =>
  store.records
    .filter((record) => record.conventionId === convention.id && record.kind === 'committee_meeting')
    .map((record) => `${record.dueOn} done ${record.doneOn}`);

describe('UpdateMeetingUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('a new date moves the committee deadline it satisfied: the old year reopened, the new one done that day', async () => {
    const { useCase, store, convention, meeting } = await world();
    expect(committeeRecords(store, convention)).toEqual(['2026-12-31 done 2026-03-12']);
    const moved = await useCase.execute(convention, meeting.id, { heldOn: '2025-11-20' }, anOfficer);
    expect(moved.heldOn).toBe('2025-11-20');
    expect(committeeRecords(store, convention)).toEqual(['2025-12-31 done 2025-11-20']);
  });

  it('passes the old year’s record to the other meeting held in it, which keeps that year done', async () => {
    const { useCase, store, convention, meeting, log } = await world();
    await log.execute(convention, { ...march, heldOn: '2026-02-20' }, anOfficer, 'fr');
    expect(committeeRecords(store, convention)).toEqual(['2026-12-31 done 2026-03-12']);
    await useCase.execute(convention, meeting.id, { heldOn: '2025-11-20' }, anOfficer);
    expect(committeeRecords(store, convention).sort()).toEqual([
      '2025-12-31 done 2025-11-20',
      '2026-12-31 done 2026-02-20',
    ]);
  });

  it('a change that changes nothing (a retried PATCH) writes nothing', async () => {
    const { useCase, store, convention, meeting } = await world();
    const writes = store.writes.length;
    const same = await useCase.execute(
      convention,
      meeting.id,
      { city: ` ${VLG} `, hostParty: 'VILLENEUVE-LA-GARENNE' },
      anOfficer,
    );
    expect([same.id, same.city, same.hostParty]).toEqual([meeting.id, VLG, VLG]);
    expect(store.writes.length).toBe(writes);
  });

  it('refuses, changing nothing: a blank city (400), a host that is not a party (400), another meeting’s day (409), an unknown meeting (404)', async () => {
    const { useCase, store, convention, meeting, log } = await world();
    await log.execute(convention, { ...march, heldOn: '2026-06-01' }, anOfficer, 'fr');
    const before = JSON.stringify([store.meetings, store.records]);
    await expect(useCase.execute(convention, meeting.id, { city: '  ' }, anOfficer)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'city',
    });
    await expect(
      useCase.execute(convention, meeting.id, { hostParty: 'Paris' }, anOfficer),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'hostParty',
    });
    await expect(
      useCase.execute(convention, meeting.id, { heldOn: '2026-06-01' }, anOfficer),
    ).rejects.toMatchObject({
      code: 'conflict',
      field: 'heldOn',
    });
    await expect(useCase.execute(convention, 'm-404', { city: 'Tiznit' }, anOfficer)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    expect(JSON.stringify([store.meetings, store.records])).toBe(before);
  });

  it('once an action plan was presented the date may not move (409 on heldOn), the city still may', async () => {
    const { useCase, convention, meeting, presentPlan } = await world();
    await presentPlan();
    await expect(
      useCase.execute(convention, meeting.id, { heldOn: '2026-03-11' }, anOfficer),
    ).rejects.toMatchObject({
      code: 'conflict',
      field: 'heldOn',
    });
    expect((await useCase.execute(convention, meeting.id, { city: 'Tiznit' }, anOfficer)).city).toBe(
      'Tiznit',
    );
  });

  it('the agenda may not shrink below an item a decision answers (400 on agenda)', async () => {
    const { useCase, convention, meeting, get } = await world();
    await useCase.execute(
      convention,
      meeting.id,
      { agenda: [{ title: 'Bilan' }, { title: 'Budget' }] },
      anOfficer,
    );
    await get(RecordDecisionUseCase).execute(
      convention,
      meeting.id,
      { subject: 'Budget', agendaItem: 1, votes: [{ party: VLG, vote: 'for' }] },
      anOfficer,
    );
    await expect(
      useCase.execute(convention, meeting.id, { agenda: [{ title: 'Bilan' }] }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'agenda' });
  });

  it('executory minutes close the meeting to corrections (409 on minutes)', async () => {
    const { useCase, convention, meeting, executoryMinutes } = await world();
    await executoryMinutes();
    await expect(
      useCase.execute(convention, meeting.id, { city: 'Tiznit' }, anOfficer),
    ).rejects.toMatchObject({
      code: 'conflict',
      field: 'minutes',
    });
  });
});

describe('DeleteMeetingUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('deletes the meeting and reopens the committee deadline it satisfied; again is a 404 on id', async () => {
    const { remove, store, convention, meeting } = await world();
    await remove.execute(convention, meeting.id, anOfficer);
    expect(store.meetings).toEqual([]);
    expect(committeeRecords(store, convention)).toEqual([]);
    await expect(remove.execute(convention, meeting.id, anOfficer)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
  });

  it('passes the record to the other meeting held that year, which keeps the deadline done', async () => {
    const { remove, store, convention, meeting, log } = await world();
    await log.execute(convention, { ...march, heldOn: '2026-02-20' }, anOfficer, 'fr');
    await remove.execute(convention, meeting.id, anOfficer);
    expect(store.meetings.map((m) => m.heldOn)).toEqual(['2026-02-20']);
    expect(committeeRecords(store, convention)).toEqual(['2026-12-31 done 2026-02-20']);
  });

  it('refuses while an action plan presented at it stands (409 on id), and once its minutes are executory (409 on minutes)', async () => {
    const first = await world();
    await first.presentPlan();
    await expect(first.remove.execute(first.convention, first.meeting.id, anOfficer)).rejects.toMatchObject({
      code: 'conflict',
      field: 'id',
    });
    expect(first.store.meetings).toHaveLength(1);
    const second = await world();
    await second.executoryMinutes();
    await expect(
      second.remove.execute(second.convention, second.meeting.id, anOfficer),
    ).rejects.toMatchObject({
      code: 'conflict',
      field: 'minutes',
    });
    expect(second.store.meetings).toHaveLength(1);
  });
});
