import { aStoredConvention, anOfficer, useCaseOnMemory, VLG } from '@passerelle/testing';
import { RecordRenewalDecisionUseCase } from './record-renewal-decision.use-case';

// aConvention(): in force from 2023-01-03 for 36 months (last day 2026-01-02), tacit renewal,
// termination at any time with three months' notice. The clock is at 2026-03-13: in its second term.
describe('RecordRenewalDecisionUseCase (in-memory ports, clock at 2026-03-13)', () => {
  async function world() {
    const memory = await useCaseOnMemory(RecordRenewalDecisionUseCase);
    return { ...memory, convention: aStoredConvention(memory.store) };
  }

  it('a notice of termination needs the party that sent it, named as the document writes it', async () => {
    const { useCase, store, convention } = await world();
    await expect(
      useCase.execute(convention, { kind: 'termination_notice', decidedOn: '2026-03-01' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'party' });
    await expect(
      useCase.execute(
        convention,
        { kind: 'termination_notice', decidedOn: '2026-03-01', party: 'Paris' },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'party' });
    await expect(
      useCase.execute(
        convention,
        {
          kind: 'termination_notice',
          decidedOn: '2026-03-01',
          party: 'Tiznit',
          deliberations: [{ party: 'X', on: '2026-02-01' }],
        },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'deliberations[0].party' });
    await expect(
      useCase.execute(
        convention,
        { kind: 'termination_notice', decidedOn: '2026-03-14', party: 'Tiznit' },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'decidedOn' });
    expect([store.renewalDecisions, store.locks]).toEqual([[], []]);
  });

  it('records the termination: the convention ends the day before three months after the notice, and a retry changes nothing', async () => {
    const { useCase, store, conventions, convention } = await world();
    const command = { kind: 'termination_notice' as const, decidedOn: '2026-03-01', party: 'tiznit' };
    const decision = await useCase.execute(convention, command, anOfficer);
    expect(decision).toMatchObject({ party: 'Tiznit', lastDayInForceAfter: '2026-05-31' });
    expect(decision.convention.terminatedOn).toBe('2026-05-31');
    expect(conventions.replaced.map((replace) => replace.by)).toEqual([anOfficer.email]);
    const again = await useCase.execute(convention, command, anOfficer);
    expect(again.id).toBe(decision.id);
    expect([store.renewalDecisions.length, conventions.replaced.length]).toEqual([1, 1]);
  });

  it('keeps the deliberations with the party names of the document', async () => {
    const { useCase, convention } = await world();
    const decision = await useCase.execute(
      convention,
      {
        kind: 'termination_notice',
        decidedOn: '2026-03-01',
        party: VLG,
        deliberations: [{ party: 'villeneuve-la-garenne', on: '2026-02-20', ref: 'DCM 2026-12' }],
      },
      anOfficer,
    );
    expect(decision.deliberations).toEqual([{ party: VLG, on: '2026-02-20', ref: 'DCM 2026-12' }]);
  });
});
