import { Actor, FixedClock } from '@passerelle/domain';
import {
  aConvention,
  anOfficer,
  aViewer,
  InMemoryConventions,
  InMemoryGovernance,
  VLG,
} from '@passerelle/testing';
import { CreateConventionUseCase } from './create-convention.use-case';

const admin: Actor = { ...anOfficer, userId: 'u-admin', role: 'admin', organizationId: null };

/** A document whose Villeneuve-la-Garenne party is linked to `vlg` and Tiznit to `tiznit`. */
const linked = (
  vlg: string | null,
  tiznit: string | null,
  overrides: Parameters<typeof aConvention>[0] = {},
) => {
  const doc = aConvention(overrides);
  return {
    ...doc,
    parties: doc.parties.map((party) => ({ ...party, organizationId: party.name === VLG ? vlg : tiznit })),
  };
};

function world() {
  const store = new InMemoryGovernance();
  const created: Array<{ partyLinks: unknown }> = [];
  const conventions = new InMemoryConventions(store.conventions);
  const create = conventions.create.bind(conventions);
  conventions.create = (doc, derived, actor) => {
    created.push({ partyLinks: derived.partyLinks });
    return create(doc, derived, actor);
  };
  const clock = new FixedClock(new Date('2026-03-13T09:00:00Z'));
  return { store, created, useCase: new CreateConventionUseCase(conventions, clock, 'Africa/Casablanca') };
}

describe('CreateConventionUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('an officer of a party creates it; another organization named is asked first, not linked', async () => {
    const { useCase, store, created } = world();
    const view = await useCase.execute(linked('org-vlg', 'org-tiznit'), anOfficer);
    const stored = store.conventions.get(view.id)!;
    expect(stored.parties.map((party) => party.organizationId ?? null)).toEqual(['org-vlg', null]);
    expect(created).toEqual([
      {
        partyLinks: {
          requests: [{ partyName: 'Tiznit', organizationId: 'org-tiznit' }],
          direct: [],
          requestedAt: new Date('2026-03-13T09:00:00Z'),
        },
      },
    ]);
  });

  it('an admin links every organization named at once; without a zone the default one is stored', async () => {
    const { useCase, store, created } = world();
    const view = await useCase.execute(linked('org-vlg', 'org-tiznit', { timeZone: undefined }), admin);
    const stored = store.conventions.get(view.id)!;
    expect(stored.timeZone).toBe('Africa/Casablanca');
    expect(stored.parties.map((party) => party.organizationId)).toEqual(['org-vlg', 'org-tiznit']);
    expect(created[0].partyLinks).toMatchObject({
      requests: [],
      direct: [
        { partyName: VLG, organizationId: 'org-vlg' },
        { partyName: 'Tiznit', organizationId: 'org-tiznit' },
      ],
    });
  });

  it('refuses, storing nothing: no party of the officer’s (403 on parties), a viewer (403), an invalid document (400 naming the field)', async () => {
    const { useCase, store } = world();
    await expect(useCase.execute(linked(null, 'org-tiznit'), anOfficer)).rejects.toMatchObject({
      code: 'forbidden',
      field: 'parties',
    });
    await expect(useCase.execute(linked('org-vlg', null), aViewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      useCase.execute(
        linked('org-vlg', null, { effectiveOn: '2023-01-03', terminatedOn: '2022-12-31' }),
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'terminatedOn' });
    expect(store.conventions.size).toBe(0);
  });
});
