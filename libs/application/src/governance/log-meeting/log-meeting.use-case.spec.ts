import { aStoredConvention, anOfficer, useCaseOnMemory, VLG } from '@passerelle/testing';
import { LogMeetingUseCase } from './log-meeting.use-case';

const meeting = { heldOn: '2026-03-12', city: VLG, country: 'FR', hostParty: VLG };

describe('LogMeetingUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('logs the meeting under the convention lock and records that year’s committee deadline done', async () => {
    const { useCase, store } = await useCaseOnMemory(LogMeetingUseCase);
    const convention = aStoredConvention(store);
    const logged = await useCase.execute(convention, meeting, anOfficer, 'fr');
    expect(store.locks).toEqual([convention.id]);
    expect(logged.committeeDeadline).toMatchObject({
      dueOn: '2026-12-31',
      record: { state: 'done', doneOn: '2026-03-12', recordedBy: anOfficer.email },
    });
    expect(store.writes.map((write) => write.what)).toEqual(['committee_meeting', 'deadline_record']);
    expect(store.rematerialised).toHaveLength(1);
  });

  it('names the party as the document writes it, and refuses one that is not a party (400 naming the field)', async () => {
    const { useCase, store } = await useCaseOnMemory(LogMeetingUseCase);
    const convention = aStoredConvention(store);
    const logged = await useCase.execute(
      convention,
      {
        ...meeting,
        hostParty: 'villeneuve-la-garenne',
        attendees: [{ party: 'TIZNIT', name: ' A. Ghazi ' }],
      },
      anOfficer,
      'fr',
    );
    expect([logged.hostParty, logged.attendees]).toEqual([
      VLG,
      [{ party: 'Tiznit', name: 'A. Ghazi', role: null }],
    ]);
    await expect(
      useCase.execute(convention, { ...meeting, heldOn: '2026-03-01', hostParty: 'Paris' }, anOfficer, 'fr'),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'hostParty' });
    await expect(
      useCase.execute(
        convention,
        { ...meeting, heldOn: '2026-03-01', attendees: [{ party: 'Paris', name: 'X' }] },
        anOfficer,
        'fr',
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'attendees[0].party' });
    expect(store.meetings).toHaveLength(1);
  });

  it('answers a retry with the same meeting, and another meeting the same day with a 409 on heldOn', async () => {
    const { useCase, store } = await useCaseOnMemory(LogMeetingUseCase);
    const convention = aStoredConvention(store);
    const first = await useCase.execute(convention, meeting, anOfficer, 'fr');
    const again = await useCase.execute(convention, { ...meeting, city: ` ${VLG} ` }, anOfficer, 'fr');
    expect(again.id).toBe(first.id);
    await expect(
      useCase.execute(
        convention,
        { ...meeting, city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' },
        anOfficer,
        'fr',
      ),
    ).rejects.toMatchObject({ code: 'conflict', field: 'heldOn' });
    expect(store.meetings).toHaveLength(1);
    expect(store.rematerialised).toHaveLength(1);
  });

  it('keeps a record already done, and warns for the years that passed without a meeting', async () => {
    const { useCase, store } = await useCaseOnMemory(LogMeetingUseCase);
    const convention = aStoredConvention(store);
    await store.governed.settle(
      convention.id,
      {
        kind: 'committee_meeting',
        dueOn: '2026-12-31',
        state: 'done',
        doneOn: '2026-02-01',
        note: null,
        reason: null,
      },
      anOfficer,
    );
    const logged = await useCase.execute(convention, meeting, anOfficer, 'en');
    expect(logged.committeeDeadline?.record).toMatchObject({ doneOn: '2026-02-01' });
    expect(logged.warnings.map((warning) => `${warning.code} ${warning.dueOn}`)).toEqual([
      'missed_meeting 2023-12-31',
      'missed_meeting 2024-12-31',
      'missed_meeting 2025-12-31',
    ]);
  });
});
