import {
  aStoredConvention,
  anOfficer,
  aStranger,
  aViewer,
  InMemoryConventions,
  InMemoryGovernance,
} from '@passerelle/testing';
import { DeadlineRepository } from '../../ports/deadline.repository';
import { ReopenDeadlineUseCase } from './reopen-deadline.use-case';

describe('ReopenDeadlineUseCase (in-memory ports)', () => {
  function reopening() {
    const store = new InMemoryGovernance();
    const conventions = new InMemoryConventions(store.conventions);
    const convention = aStoredConvention(store);
    const records = new Set([`${convention.id}|committee_meeting|2026-12-31`]);
    const deleted: string[] = [];
    const deadlines = {
      deleteRecord: (conventionId: string, kind: string, dueOn: string, by: string) => {
        const key = `${conventionId}|${kind}|${dueOn}`;
        if (!records.delete(key)) return Promise.resolve(false);
        deleted.push(`${key} by ${by}`);
        return Promise.resolve(true);
      },
    } as unknown as DeadlineRepository;
    return { convention, deleted, useCase: new ReopenDeadlineUseCase(conventions, deadlines) };
  }

  it('removes the record, by the officer; a deadline with nothing recorded is a 404 on dueOn', async () => {
    const { useCase, convention, deleted } = reopening();
    await useCase.execute(convention.id, 'committee_meeting', '2026-12-31', anOfficer);
    expect(deleted).toEqual([`${convention.id}|committee_meeting|2026-12-31 by ${anOfficer.email}`]);
    await expect(
      useCase.execute(convention.id, 'committee_meeting', '2026-12-31', anOfficer),
    ).rejects.toMatchObject({ code: 'not_found', field: 'dueOn' });
  });

  it('another organization sees no convention (404 on id); a viewer may not (403); nothing is removed', async () => {
    const { useCase, convention, deleted } = reopening();
    await expect(
      useCase.execute(convention.id, 'committee_meeting', '2026-12-31', aStranger),
    ).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    await expect(
      useCase.execute(convention.id, 'committee_meeting', '2026-12-31', aViewer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(deleted).toEqual([]);
  });
});
