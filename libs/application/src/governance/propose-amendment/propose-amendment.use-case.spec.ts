import { DomainError } from '@passerelle/domain';
import { aStoredConvention, anOfficer, useCaseOnMemory, VLG } from '@passerelle/testing';
import { AnswerAmendmentUseCase } from '../answer-amendment/answer-amendment.use-case';
import { ProposeAmendmentUseCase } from './propose-amendment.use-case';

async function world() {
  const memory = await useCaseOnMemory(ProposeAmendmentUseCase, { also: [AnswerAmendmentUseCase] });
  return {
    ...memory,
    answer: memory.get(AnswerAmendmentUseCase),
    convention: aStoredConvention(memory.store),
  };
}

describe('ProposeAmendmentUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('numbers the avenant, is idempotent for the same proposal, and recomputes the stored deadlines', async () => {
    const { useCase, store, convention } = await world();
    const command = { text: 'Avenant', changes: { committee: { minMeetingsPerYear: 2 } } };
    const first = await useCase.execute(convention, command, anOfficer);
    expect(first).toMatchObject({
      number: 1,
      status: 'proposed',
      missing: [VLG, 'Tiznit'],
      proposedOn: '2026-03-13',
    });
    expect((await useCase.execute(convention, command, anOfficer)).id).toBe(first.id);
    expect([store.amendments.length, store.rematerialised.length]).toEqual([1, 1]);
  });

  it('refuses a date ahead, and invalid changes as one typed error listing every problem', async () => {
    const { useCase, store, convention } = await world();
    await expect(
      useCase.execute(convention, { text: 'A', changes: {}, proposedOn: '2026-03-14' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'proposedOn' });
    const error: unknown = await useCase
      .execute(convention, { text: 'A', changes: { committee: { minMeetingsPerYear: 5 } } }, anOfficer)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).problems?.map((problem) => problem.field)).toEqual([
      'changes.committee.minMeetingsPerYear',
    ]);
    expect(store.amendments).toEqual([]);
  });
});

describe('AnswerAmendmentUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('puts the avenant in force with the last approval and closes its approval deadline; a refusal waives it', async () => {
    const { useCase, answer, store, convention } = await world();
    const proposed = await useCase.execute(
      convention,
      { text: 'A', changes: { committee: { minMeetingsPerYear: 2 } } },
      anOfficer,
    );
    const half = await answer.execute(
      convention,
      proposed.id,
      { party: VLG, decision: 'approved' },
      anOfficer,
    );
    expect(half).toMatchObject({ status: 'proposed', missing: ['Tiznit'] });
    const full = await answer.execute(
      convention,
      proposed.id,
      { party: 'tiznit', decision: 'approved', on: '2026-03-13' },
      anOfficer,
    );
    expect(full).toMatchObject({ status: 'in_force', inForceOn: '2026-03-13' });
    expect(store.records).toMatchObject([
      { kind: 'amendment_approval', state: 'done', doneOn: '2026-03-13' },
    ]);

    const refused = await useCase.execute(
      convention,
      { text: 'B', changes: { committee: { minMeetingsPerYear: 4 } } },
      anOfficer,
    );
    const answered = await answer.execute(
      convention,
      refused.id,
      { party: 'Tiznit', decision: 'refused' },
      anOfficer,
    );
    expect(answered).toMatchObject({ status: 'refused', refusedBy: ['Tiznit'] });
    expect(store.writes.filter((write) => write.what === 'amendment')).toHaveLength(5);
  });

  it('answers 404 for another convention’s avenant', async () => {
    const { useCase, answer, store, convention } = await world();
    const proposed = await useCase.execute(
      convention,
      { text: 'A', changes: { committee: { minMeetingsPerYear: 2 } } },
      anOfficer,
    );
    const other = aStoredConvention(store);
    await expect(
      answer.execute(other, proposed.id, { party: VLG, decision: 'approved' }, anOfficer),
    ).rejects.toMatchObject({ code: 'not_found', field: 'id' });
  });
});
