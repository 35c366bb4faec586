import { aMeetingOf, aStoredConvention, anOfficer, useCaseOnMemory } from '@passerelle/testing';
import { PresentEvaluationUseCase } from './present-evaluation.use-case';

describe('PresentEvaluationUseCase (in-memory ports)', () => {
  async function world() {
    const memory = await useCaseOnMemory(PresentEvaluationUseCase, { now: '2026-03-13T09:00:00Z' });
    const convention = aStoredConvention(memory.store, {
      clauses: {
        term: { start: 'effective_date', durationMonths: 36 },
        evaluation: { annual: true, beforeRenewal: false, atTerm: false },
      },
    });
    const meeting = await aMeetingOf(memory.store, convention, { heldOn: '2026-03-12' });
    return { ...memory, convention, meeting };
  }

  it('settles the annual evaluation deadlines within the period, on the meeting’s date', async () => {
    const { useCase, store, convention, meeting } = await world();
    const evaluation = await useCase.execute(
      convention,
      meeting.id,
      { period: { from: '2023-01-03', to: '2024-01-02' }, findings: 'Bilan **positif**' },
      anOfficer,
    );
    expect(evaluation.settles).toEqual(['2024-01-02']);
    expect(store.records).toMatchObject([{ kind: 'evaluation', dueOn: '2024-01-02', doneOn: '2026-03-12' }]);
  });

  it('refuses a period that ends before it starts (400 on period.to); the same evaluation again is a retry, other findings a 409', async () => {
    const { useCase, store, convention, meeting } = await world();
    await expect(
      useCase.execute(
        convention,
        meeting.id,
        { period: { from: '2024-01-02', to: '2023-01-03' }, findings: 'x' },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'period.to' });
    const period = { from: '2023-01-03', to: '2024-01-02' };
    const first = await useCase.execute(convention, meeting.id, { period, findings: 'Bilan' }, anOfficer);
    expect((await useCase.execute(convention, meeting.id, { period, findings: 'Bilan' }, anOfficer)).id).toBe(
      first.id,
    );
    await expect(
      useCase.execute(convention, meeting.id, { period, findings: 'Autre bilan' }, anOfficer),
    ).rejects.toMatchObject({ code: 'conflict', field: 'period' });
    expect(store.evaluations).toHaveLength(1);
  });
});
