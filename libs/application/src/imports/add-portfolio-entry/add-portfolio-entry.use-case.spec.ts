import { Contact, HistoryEvent, Project } from '@passerelle/domain';
import {
  aStoredConvention,
  anOfficer,
  aStranger,
  aViewer,
  InMemoryConventions,
  InMemoryGovernance,
  VLG,
} from '@passerelle/testing';
import { PortfolioRepository, PortfolioView } from '../../ports/portfolio.repository';
import { AddPortfolioEntryUseCase } from './add-portfolio-entry.use-case';

function world() {
  const store = new InMemoryGovernance();
  const added: Array<{ conventionId: string; kind: string; entry: unknown }> = [];
  const push = (kind: string) => (conventionId: string, entry: unknown) => {
    added.push({ conventionId, kind, entry });
    return Promise.resolve();
  };
  const portfolio = {
    addProject: push('project'),
    addHistoryEvent: push('history'),
    addContact: push('contact'),
    get: (conventionId: string) => Promise.resolve({ conventionId } as unknown as PortfolioView),
  } as unknown as PortfolioRepository;
  return {
    added,
    convention: aStoredConvention(store),
    useCase: new AddPortfolioEntryUseCase(new InMemoryConventions(store.conventions), portfolio),
  };
}

const project = (contributor: string): Project =>
  ({
    title: 'Puits',
    status: 'ongoing',
    domains: ['eau'],
    budgetLines: [
      {
        role: 'contribution',
        amount: 100,
        currency: 'EUR',
        contributor: 'Agence de l’eau',
        contributorKind: 'other',
        nature: null,
      },
      {
        role: 'contribution',
        amount: 200,
        currency: 'EUR',
        contributor,
        contributorKind: 'party',
        nature: null,
      },
    ],
  }) as unknown as Project;
const event = (party: string | null) =>
  ({ kind: 'signed', date: null, party, words: 'signée' }) as HistoryEvent;
const contact = (party: string) => ({ party, role: 'technical', name: 'A. Ghazi' }) as unknown as Contact;

describe('AddPortfolioEntryUseCase (in-memory ports)', () => {
  it('adds a project, an event and a contact naming parties of the convention (as written in any case)', async () => {
    const { useCase, convention, added } = world();
    await useCase.execute(convention.id, { kind: 'project', project: project('tiznit') }, anOfficer);
    await useCase.execute(convention.id, { kind: 'history', event: event(null) }, anOfficer);
    const view = await useCase.execute(convention.id, { kind: 'contact', contact: contact(VLG) }, anOfficer);
    expect(added.map((entry) => entry.kind)).toEqual(['project', 'history', 'contact']);
    expect(view).toEqual({ conventionId: convention.id });
  });

  it('refuses a party the convention does not have, naming the field (budgetLines[i].contributor, party); a contact needs a party', async () => {
    const { useCase, convention, added } = world();
    await expect(
      useCase.execute(convention.id, { kind: 'project', project: project('Paris') }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'budgetLines[1].contributor' });
    await expect(
      useCase.execute(convention.id, { kind: 'history', event: event('Paris') }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'party' });
    await expect(
      useCase.execute(convention.id, { kind: 'contact', contact: contact('') }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'party' });
    expect(added).toEqual([]);
  });

  it('another organization sees no convention (404 on id), a viewer may not (403)', async () => {
    const { useCase, convention, added } = world();
    await expect(
      useCase.execute(convention.id, { kind: 'history', event: event(null) }, aStranger),
    ).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    await expect(
      useCase.execute(convention.id, { kind: 'history', event: event(null) }, aViewer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(added).toEqual([]);
  });
});
