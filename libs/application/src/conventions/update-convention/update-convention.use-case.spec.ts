import { Actor, Party } from '@passerelle/domain';
import { aStoredConvention, anOfficer, aStranger, aViewer, useCaseOnMemory, VLG } from '@passerelle/testing';
import { UpdateConventionUseCase } from './update-convention.use-case';

const admin: Actor = { ...anOfficer, userId: 'u-admin', role: 'admin', organizationId: null };

async function world() {
  const memory = await useCaseOnMemory(UpdateConventionUseCase);
  return { ...memory, convention: aStoredConvention(memory.store) };
}

/** The parties as the patch sends them: Tiznit named to the organization org-tiznit. */
const withTiznitLinked = (parties: Party[]): Party[] =>
  parties.map((party) => (party.name === 'Tiznit' ? { ...party, organizationId: 'org-tiznit' } : party));

describe('UpdateConventionUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('replaces the fields given and merges clauses one by one (null removes one), under the convention lock', async () => {
    const { useCase, store, conventions, convention } = await world();
    const view = await useCase.execute(
      convention.id,
      {
        title: 'Titre corrigé',
        clauses: { amendment: null, renewal: { mode: 'express', periodMonths: 24, maxRenewals: 1 } },
      },
      anOfficer,
    );
    expect(store.locks).toEqual([convention.id]);
    const stored = store.conventions.get(convention.id)!;
    expect(stored.title).toBe('Titre corrigé');
    expect(stored.object).toBe(convention.object);
    expect(stored.clauses.amendment).toBeUndefined();
    expect(stored.clauses.renewal).toEqual({ mode: 'express', periodMonths: 24, maxRenewals: 1 });
    expect(stored.clauses.committee).toEqual(convention.clauses.committee);
    expect(view).toMatchObject({ id: convention.id, title: 'Titre corrigé' });
    expect(conventions.replaced).toHaveLength(1);
  });

  it('an officer naming another organization on a party asks it first: the party stays unlinked, one request is written', async () => {
    const { useCase, store, conventions, convention } = await world();
    await useCase.execute(convention.id, { parties: withTiznitLinked(convention.parties) }, anOfficer);
    const tiznit = store.conventions.get(convention.id)!.parties.find((party) => party.name === 'Tiznit');
    expect(tiznit?.organizationId ?? null).toBeNull();
    expect(conventions.replaced[0].derived.partyLinks).toMatchObject({
      requests: [{ partyName: 'Tiznit', organizationId: 'org-tiznit' }],
      direct: [],
      requestedAt: new Date('2026-03-13T09:00:00Z'),
    });
  });

  it('an admin links it at once', async () => {
    const { useCase, store, conventions, convention } = await world();
    await useCase.execute(convention.id, { parties: withTiznitLinked(convention.parties) }, admin);
    const tiznit = store.conventions.get(convention.id)!.parties.find((party) => party.name === 'Tiznit');
    expect(tiznit?.organizationId).toBe('org-tiznit');
    expect(conventions.replaced[0].derived.partyLinks).toMatchObject({
      requests: [],
      direct: [{ partyName: 'Tiznit', organizationId: 'org-tiznit' }],
    });
  });

  it('refuses, writing nothing: unlinking the officer’s own organization (403 on parties), an invalid document (400), a viewer (403), another organization (404)', async () => {
    const { useCase, conventions, convention } = await world();
    const unlinked = convention.parties.map((party) =>
      party.name === VLG ? { ...party, organizationId: null } : party,
    );
    await expect(useCase.execute(convention.id, { parties: unlinked }, anOfficer)).rejects.toMatchObject({
      code: 'forbidden',
      field: 'parties',
    });
    await expect(
      useCase.execute(convention.id, { terminatedOn: '2022-12-31' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'terminatedOn' });
    await expect(useCase.execute(convention.id, { title: 'x' }, aViewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(useCase.execute(convention.id, { title: 'x' }, aStranger)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    expect(conventions.replaced).toEqual([]);
  });
});
