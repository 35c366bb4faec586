import { Actor, FixedClock, StoredConvention } from '@passerelle/domain';
import { anOfficer } from '@passerelle/testing';
import { PortfolioImportItem, PortfolioRepository } from '../../ports/portfolio.repository';
import { ImportConventionsUseCase } from './import-conventions.use-case';

const admin: Actor = { ...anOfficer, userId: 'u-admin', role: 'admin', organizationId: null };
const header = [
  'reference',
  'title',
  'party1_name',
  'party1_country',
  'party2_name',
  'party2_country',
  'effective_on',
];
const vlgTiznit = ['VLG-TIZ', 'Coopération', 'Villeneuve-la-Garenne', 'FR', 'Tiznit', 'MA', '03/01/2023'];
const dijonDakar = ['DIJ-DKR', 'Jumelage', 'Dijon', 'FR', 'Dakar', 'SN', ''];

/** References already stored, the organizations on the platform, and every importAll call. */
function world() {
  const stored = new Map<string, StoredConvention>();
  const imports: PortfolioImportItem[][] = [];
  const portfolio = {
    findByReferences: (references: string[]) =>
      Promise.resolve(new Map([...stored].filter(([reference]) => references.includes(reference)))),
    organizations: () => Promise.resolve([{ id: 'org-tiznit', name: 'Tiznit', country: 'MA' }]),
    importAll: (items: PortfolioImportItem[]) => {
      imports.push(items);
      for (const item of items)
        stored.set(item.doc.reference, {
          ...item.doc,
          id: item.existingId ?? `c-${stored.size + 1}`,
          createdAt: '',
          updatedAt: '',
        });
      return Promise.resolve();
    },
  } as unknown as PortfolioRepository;
  const clock = new FixedClock(new Date('2026-03-13T09:00:00Z'));
  return { stored, imports, useCase: new ImportConventionsUseCase(portfolio, clock, 'Europe/Paris') };
}

describe('ImportConventionsUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('a dry run answers each row’s outcome and the links it would make, and writes nothing', async () => {
    const { useCase, imports } = world();
    const preview = await useCase.execute([header, vlgTiznit, dijonDakar], { dryRun: true }, admin);
    expect(preview).toMatchObject({ created: 2, updated: 0, dryRun: true });
    expect(preview.rows.map((row) => [row.line, row.status, row.reference])).toEqual([
      [2, 'create', 'VLG-TIZ'],
      [3, 'create', 'DIJ-DKR'],
    ]);
    expect(preview.linkedOrganizations).toEqual([
      {
        line: 2,
        reference: 'VLG-TIZ',
        party: 'Tiznit',
        organizationId: 'org-tiznit',
        organization: 'Tiznit',
      },
    ]);
    expect(imports).toEqual([]);
  });

  it('the write imports every row in one call, links the named organization, in the default zone, with deadlines', async () => {
    const { useCase, imports, stored } = world();
    await useCase.execute([header, vlgTiznit, dijonDakar], { dryRun: false }, admin);
    expect(imports).toHaveLength(1);
    const [first, second] = imports[0];
    expect(first.doc.parties.map((party) => party.organizationId ?? null)).toEqual([null, 'org-tiznit']);
    expect([first.doc.timeZone, first.doc.effectiveOn, first.existingId]).toEqual([
      'Europe/Paris',
      '2023-01-03',
      null,
    ]);
    expect(first.derived.partyLinks?.direct).toEqual([{ partyName: 'Tiznit', organizationId: 'org-tiznit' }]);
    expect(first.derived.startsOn).toBe('2023-01-03');
    expect(second.derived.partyLinks).toBeUndefined();
    expect([...stored.keys()]).toEqual(['VLG-TIZ', 'DIJ-DKR']);
  });

  it('all or nothing: one row with a problem refuses the whole file (400 on file, rows attached); the dry run lists it', async () => {
    const { useCase, imports } = world();
    const broken = ['BAD', 'Sans pays', 'Dijon', '', 'Dakar', 'SENEGAL', ''];
    const duplicate = [...vlgTiznit];
    const table = [header, vlgTiznit, broken, duplicate];
    const refused = await useCase.execute(table, { dryRun: false }, admin).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'file' });
    expect(imports).toEqual([]);
    const preview = await useCase.execute(table, { dryRun: true }, admin);
    expect(preview.rows.map((row) => [row.status, row.problems.map((problem) => problem.field)])).toEqual([
      ['create', []],
      ['error', ['party1_country', 'party2_country']],
      ['error', ['reference']],
    ]);
    expect((refused as { rows: unknown }).rows).toEqual(preview.rows);
  });

  it('a row the same as the stored convention is unchanged; a changed one updates it and keeps its links', async () => {
    const { useCase, imports } = world();
    await useCase.execute([header, vlgTiznit], { dryRun: false }, admin);
    const again = await useCase.execute([header, vlgTiznit], { dryRun: false }, admin);
    expect(again.rows.map((row) => row.status)).toEqual(['unchanged']);
    expect(imports).toHaveLength(1);
    const retitled = await useCase.execute(
      [header, [...vlgTiznit.slice(0, 1), 'Nouveau titre', ...vlgTiznit.slice(2)]],
      { dryRun: false },
      admin,
    );
    expect(retitled).toMatchObject({ created: 0, updated: 1, linkedOrganizations: [] });
    expect(imports[1][0]).toMatchObject({ existingId: 'c-1', doc: { title: 'Nouveau titre' } });
    expect(imports[1][0].doc.parties[1].organizationId).toBe('org-tiznit');
  });

  it('reads the columns a mapping names, and refuses a mapped column that is absent (400 on mapping.<column>)', async () => {
    const { useCase } = world();
    const renamed = ['Réf', ...header.slice(1)];
    const read = await useCase.execute(
      [renamed, vlgTiznit],
      { dryRun: true, mapping: { reference: 'réf' } },
      admin,
    );
    expect(read.rows.map((row) => row.reference)).toEqual(['VLG-TIZ']);
    await expect(
      useCase.execute([header, vlgTiznit], { dryRun: true, mapping: { title: 'Intitulé' } }, admin),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'mapping.title' });
  });

  it('refuses an officer (403 on file), an empty file (400 on file), a missing required column (400 naming it)', async () => {
    const { useCase } = world();
    await expect(useCase.execute([header, vlgTiznit], { dryRun: true }, anOfficer)).rejects.toMatchObject({
      code: 'forbidden',
      field: 'file',
    });
    await expect(useCase.execute([], { dryRun: true }, admin)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'file',
    });
    const noTitle = header.filter((column) => column !== 'title');
    await expect(useCase.execute([noTitle], { dryRun: true }, admin)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'title',
    });
  });
});
