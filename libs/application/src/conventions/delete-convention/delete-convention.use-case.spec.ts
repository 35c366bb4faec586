import { Actor } from '@passerelle/domain';
import {
  aStoredConvention,
  anOfficer,
  aStranger,
  aViewer,
  InMemoryConventions,
  InMemoryGovernance,
} from '@passerelle/testing';
import { DeleteConventionUseCase } from './delete-convention.use-case';

const admin: Actor = { ...anOfficer, userId: 'u-admin', role: 'admin', organizationId: null };

function world() {
  const store = new InMemoryGovernance();
  const conventions = new InMemoryConventions(store.conventions);
  return { store, conventions, convention: aStoredConvention(store) };
}

describe('DeleteConventionUseCase (in-memory ports)', () => {
  it('an officer of a party deletes it; deleting it again is a 404 on id', async () => {
    const { conventions, convention, store } = world();
    const useCase = new DeleteConventionUseCase(conventions);
    await useCase.execute(convention.id, anOfficer);
    expect(store.conventions.has(convention.id)).toBe(false);
    await expect(useCase.execute(convention.id, anOfficer)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
  });

  it('another organization is told it does not exist (404), a viewer may not (403); it stays', async () => {
    const { conventions, convention, store } = world();
    const useCase = new DeleteConventionUseCase(conventions);
    await expect(useCase.execute(convention.id, aStranger)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    await expect(useCase.execute(convention.id, aViewer)).rejects.toMatchObject({ code: 'forbidden' });
    expect(store.conventions.has(convention.id)).toBe(true);
    await new DeleteConventionUseCase(conventions).execute(convention.id, admin);
    expect(store.conventions.size).toBe(0);
  });
});
