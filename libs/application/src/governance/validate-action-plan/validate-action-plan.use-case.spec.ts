import { aMeetingOf, aStoredConvention, anOfficer, useCaseOnMemory, VLG } from '@passerelle/testing';
import { UpdateActionPlanUseCase } from '../update-action-plan/update-action-plan.use-case';
import { ValidateActionPlanUseCase } from './validate-action-plan.use-case';

const items = [
  {
    axis: 'Eau',
    action: ' Puits ',
    leadParty: 'tiznit',
    budget: 1200.5,
    currency: 'MAD',
    status: 'planned' as const,
  },
  {
    axis: 'Jeunesse',
    action: 'Échanges',
    leadParty: VLG,
    budget: 15000,
    currency: 'EUR',
    status: 'planned' as const,
  },
  {
    axis: 'Culture',
    action: 'Festival',
    leadParty: VLG,
    budget: 999,
    currency: 'EUR',
    status: 'cancelled' as const,
  },
];

async function world() {
  const memory = await useCaseOnMemory(ValidateActionPlanUseCase, { also: [UpdateActionPlanUseCase] });
  const convention = aStoredConvention(memory.store);
  const meeting = await aMeetingOf(memory.store, convention, { heldOn: '2026-03-12' });
  return { ...memory, update: memory.get(UpdateActionPlanUseCase), convention, meeting };
}

describe('ValidateActionPlanUseCase and UpdateActionPlanUseCase (in-memory ports)', () => {
  it('validates the year’s plan on the meeting’s date, totals what is not cancelled, and closes its deadline', async () => {
    const { useCase, store, convention, meeting } = await world();
    const plan = await useCase.execute(convention, meeting.id, { year: 2027, items }, anOfficer);
    expect(plan).toMatchObject({
      year: 2027,
      validatedOn: '2026-03-12',
      totals: { MAD: 1200.5, EUR: 15000 },
      deadline: { kind: 'action_plan', dueOn: '2026-12-31', planYear: 2027 },
    });
    expect(plan.items.map((item) => [item.leadParty, item.action])).toEqual([
      ['Tiznit', 'Puits'],
      [VLG, 'Échanges'],
      [VLG, 'Festival'],
    ]);
    expect(store.records).toMatchObject([{ kind: 'action_plan', dueOn: '2026-12-31', doneOn: '2026-03-12' }]);
  });

  it('answers a retry with the plan, another plan for the year with a 409 on year', async () => {
    const { useCase, store, convention, meeting } = await world();
    const first = await useCase.execute(convention, meeting.id, { year: 2027, items }, anOfficer);
    expect((await useCase.execute(convention, meeting.id, { year: 2027, items }, anOfficer)).id).toBe(
      first.id,
    );
    await expect(
      useCase.execute(convention, meeting.id, { year: 2027, items: items.slice(1) }, anOfficer),
    ).rejects.toMatchObject({ code: 'conflict', field: 'year' });
    expect(store.plans).toHaveLength(1);
  });

  it('refuses an action led by someone who is not a party, and a budget without a currency (400 naming the item)', async () => {
    const { useCase, store, convention, meeting } = await world();
    await expect(
      useCase.execute(
        convention,
        meeting.id,
        { year: 2027, items: [{ ...items[0], leadParty: 'Paris' }] },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'items[0].leadParty' });
    await expect(
      useCase.execute(
        convention,
        meeting.id,
        { year: 2027, items: [items[1], { ...items[0], currency: null }] },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'items[1].currency' });
    expect([store.plans, store.locks]).toEqual([[], []]);
  });

  it('replaces a validated plan’s items, keeping its year and date; another convention’s plan is a 404', async () => {
    const { useCase, update, store, convention, meeting } = await world();
    const plan = await useCase.execute(convention, meeting.id, { year: 2027, items }, anOfficer);
    const updated = await update.execute(
      convention,
      plan.id,
      { items: [{ ...items[0], status: 'done' }] },
      anOfficer,
    );
    expect(updated).toMatchObject({
      id: plan.id,
      year: 2027,
      validatedOn: '2026-03-12',
      totals: { MAD: 1200.5 },
    });
    const other = aStoredConvention(store);
    await expect(update.execute(other, plan.id, { items }, anOfficer)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
