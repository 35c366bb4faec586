import { Payment } from '@passerelle/domain';
import {
  aMeetingOf,
  aStoredConvention,
  anOfficer,
  aStranger,
  useCaseOnMemory,
  VLG,
} from '@passerelle/testing';
import { PaymentRepository, PaymentToStore } from '../../ports/payment.repository';
import { ValidateActionPlanUseCase } from '../../governance/validate-action-plan/validate-action-plan.use-case';
import { ImportActionPlanPaymentsUseCase } from './import-action-plan-payments.use-case';

/** The ledger: a line already imported (same plan, item and line) is skipped, as the repository does. */
function ledger() {
  const written: PaymentToStore[] = [];
  const payments = {
    add: (conventionId: string, lines: PaymentToStore[]) => {
      const fresh = lines.filter(
        (line) => !written.some((old) => JSON.stringify(old.origin) === JSON.stringify(line.origin)),
      );
      written.push(...fresh);
      return Promise.resolve(fresh.map((line, i) => ({ ...line, id: `p-${i}`, conventionId }) as Payment));
    },
  } as unknown as PaymentRepository;
  return { written, payments };
}

async function world(
  coFinancing: Array<{ source: string; amount?: number | null; currency?: string | null }>,
) {
  const { written, payments } = ledger();
  const memory = await useCaseOnMemory(ImportActionPlanPaymentsUseCase, {
    also: [ValidateActionPlanUseCase],
    extra: [{ provide: PaymentRepository, useValue: payments }],
  });
  const convention = aStoredConvention(memory.store);
  const meeting = await aMeetingOf(memory.store, convention, { heldOn: '2026-03-12' });
  const plan = await memory.get(ValidateActionPlanUseCase).execute(
    convention,
    meeting.id,
    {
      year: 2027,
      items: [
        {
          axis: 'Eau',
          action: 'Puits',
          leadParty: 'Tiznit',
          budget: 3000,
          currency: 'MAD',
          status: 'planned',
          coFinancing,
        },
      ],
    },
    anOfficer,
  );
  return { ...memory, written, convention, plan };
}

describe('ImportActionPlanPaymentsUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('turns each line of a party with an amount into a payment at the rate given (a line without currency takes the item’s); others are skipped with the reason', async () => {
    const { useCase, convention, plan, written } = await world([
      { source: 'villeneuve-la-garenne', amount: 1000, currency: 'EUR' },
      { source: VLG, amount: 2000 },
      { source: 'Agence de l’eau', amount: 500 },
      { source: VLG, amount: null },
    ]);
    const result = await useCase.execute(
      convention.id,
      { actionPlanId: plan.id, paidOn: '2026-03-01', exchangeRates: { MAD: 0.09 } },
      anOfficer,
    );
    expect(
      written.map((line) => [line.party, line.currency, line.exchangeRate, line.amountEur, line.purpose]),
    ).toEqual([
      [VLG, 'EUR', 1, 1000, 'Eau — Puits'],
      [VLG, 'MAD', 0.09, 180, 'Eau — Puits'],
    ]);
    expect(written.map((line) => line.origin)).toEqual([
      { actionPlanId: plan.id, item: 0, line: 0 },
      { actionPlanId: plan.id, item: 0, line: 1 },
    ]);
    expect(result).toMatchObject({
      unchanged: 0,
      skipped: [
        { item: 0, line: 2, reason: 'not_a_party' },
        { item: 0, line: 3, reason: 'no_amount' },
      ],
    });
    expect(result.created).toHaveLength(2);
  });

  it('a retry adds nothing: every line is unchanged', async () => {
    const { useCase, convention, plan, written } = await world([
      { source: VLG, amount: 1000, currency: 'EUR' },
    ]);
    const command = { actionPlanId: plan.id, paidOn: '2026-03-01' };
    await useCase.execute(convention.id, command, anOfficer);
    const again = await useCase.execute(convention.id, command, anOfficer);
    expect([again.created.length, again.unchanged, written.length]).toEqual([0, 1, 1]);
  });

  it('all or nothing: a currency without a rate is a 400 on exchangeRates.<currency>, a payment ahead on paidOn; nothing is written', async () => {
    const { useCase, convention, plan, written } = await world([
      { source: VLG, amount: 1000, currency: 'EUR' },
      { source: VLG, amount: 2000 },
    ]);
    await expect(
      useCase.execute(convention.id, { actionPlanId: plan.id, paidOn: '2026-03-01' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'exchangeRates.MAD' });
    await expect(
      useCase.execute(
        convention.id,
        { actionPlanId: plan.id, paidOn: '2026-03-01', exchangeRates: { MAD: -1 } },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'exchangeRates.MAD' });
    await expect(
      useCase.execute(
        convention.id,
        { actionPlanId: plan.id, paidOn: '2026-03-14', exchangeRates: { MAD: 0.09 } },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'paidOn' });
    expect(written).toEqual([]);
  });

  it('refuses a plan of another convention or none (400 on actionPlanId), and another organization (404 on id)', async () => {
    const { useCase, convention, plan, store, written } = await world([{ source: VLG, amount: 1000 }]);
    const other = aStoredConvention(store);
    await expect(
      useCase.execute(other.id, { actionPlanId: plan.id, paidOn: '2026-03-01' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'actionPlanId' });
    await expect(
      useCase.execute(convention.id, { actionPlanId: 'ap-404', paidOn: '2026-03-01' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'actionPlanId' });
    await expect(
      useCase.execute(convention.id, { actionPlanId: plan.id, paidOn: '2026-03-01' }, aStranger),
    ).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    expect(written).toEqual([]);
  });
});
