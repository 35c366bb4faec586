import { aMeetingOf, aStoredConvention, anOfficer, useCaseOnMemory, VLG } from '@passerelle/testing';
import { RecordDecisionUseCase } from './record-decision.use-case';

async function aMeeting() {
  const world = await useCaseOnMemory(RecordDecisionUseCase);
  const convention = aStoredConvention(world.store);
  return { ...world, convention, meeting: await aMeetingOf(world.store, convention) };
}

describe('RecordDecisionUseCase (in-memory ports)', () => {
  it('judges by the committee clause’s rule: under unanimity one vote against blocks, absent parties are listed', async () => {
    const { useCase, convention, meeting } = await aMeeting();
    const decision = await useCase.execute(
      convention,
      meeting.id,
      {
        subject: 'Budget',
        votes: [
          { party: VLG, vote: 'for' },
          { party: 'tiznit', vote: 'against' },
        ],
      },
      anOfficer,
    );
    expect(decision).toMatchObject({ rule: 'unanimity', adopted: false, blockedBy: ['Tiznit'] });
    expect(decision.tally).toEqual({ for: 1, against: 1, abstain: 0, absent: 0 });
  });

  it('returns the recorded decision for the same subject and votes, a 409 for other votes', async () => {
    const { useCase, store, convention, meeting } = await aMeeting();
    const votes = [
      { party: VLG, vote: 'for' as const },
      { party: 'Tiznit', vote: 'for' as const },
    ];
    const first = await useCase.execute(convention, meeting.id, { subject: 'Bilan 2025', votes }, anOfficer);
    const retry = await useCase.execute(convention, meeting.id, { subject: 'bilan 2025 ', votes }, anOfficer);
    expect(retry.id).toBe(first.id);
    await expect(
      useCase.execute(
        convention,
        meeting.id,
        { subject: 'Bilan 2025', votes: [{ party: VLG, vote: 'against' }] },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'conflict', field: 'subject' });
    expect(store.decisions).toHaveLength(1);
  });

  it('refuses an agenda item the meeting does not have, and a meeting of another convention (404)', async () => {
    const { useCase, store, convention, meeting } = await aMeeting();
    await expect(
      useCase.execute(convention, meeting.id, { subject: 'x', agendaItem: 1, votes: [] }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'agendaItem' });
    const other = aStoredConvention(store);
    await expect(
      useCase.execute(other, meeting.id, { subject: 'x', votes: [] }, anOfficer),
    ).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    expect(store.decisions).toHaveLength(0);
  });
});
