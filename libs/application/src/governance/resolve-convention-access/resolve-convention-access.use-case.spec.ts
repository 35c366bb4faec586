import {
  aMeetingOf,
  aStoredConvention,
  aStranger,
  aViewer,
  anOfficer,
  useCaseOnMemory,
} from '@passerelle/testing';
import { ResolveConventionAccessUseCase } from './resolve-convention-access.use-case';

describe('ResolveConventionAccessUseCase (in-memory ports)', () => {
  it('finds the convention a record belongs to, for its organization', async () => {
    const { useCase, store } = await useCaseOnMemory(ResolveConventionAccessUseCase);
    const convention = aStoredConvention(store);
    const meeting = await aMeetingOf(store, convention);
    expect((await useCase.execute('meeting', meeting.id, anOfficer, 'write')).id).toBe(convention.id);
    expect((await useCase.execute('convention', convention.id, aViewer, 'read')).id).toBe(convention.id);
  });

  it('answers the same 404 for a malformed id, an unknown record and another organization’s; 403 for a viewer’s write', async () => {
    const { useCase, store } = await useCaseOnMemory(ResolveConventionAccessUseCase);
    const convention = aStoredConvention(store);
    const meeting = await aMeetingOf(store, convention);
    const cases: Array<[Parameters<typeof useCase.execute>, string]> = [
      [['meeting', 'not-a-uuid', anOfficer, 'read'], 'not_found'],
      [['minutes', '00000000-0000-4000-8000-999999999999', anOfficer, 'read'], 'not_found'],
      [['meeting', meeting.id, aStranger, 'read'], 'not_found'],
      [['convention', convention.id, aStranger, 'write'], 'not_found'],
      [['meeting', meeting.id, aViewer, 'write'], 'forbidden'],
    ];
    for (const [args, code] of cases) {
      await expect(useCase.execute(...args)).rejects.toMatchObject({
        code,
        ...(code === 'not_found' ? { field: 'id' } : {}),
      });
    }
  });
});
