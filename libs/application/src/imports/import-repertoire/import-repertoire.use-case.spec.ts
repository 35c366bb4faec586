import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Actor, FixedClock } from '@passerelle/domain';
import { anOfficer } from '@passerelle/testing';
import {
  ConventionPartiesRow,
  PortfolioImportItem,
  PortfolioRepository,
} from '../../ports/portfolio.repository';
import { ImportRepertoireUseCase } from './import-repertoire.use-case';

const admin: Actor = { ...anOfficer, userId: 'u-admin', role: 'admin', organizationId: null };
/** The real 2008 directory, as the domain's reader spec reads it. */
const directory = readFileSync(
  join(__dirname, '../../../../../../shared/seeds/repertoire-franco-marocain-2008.txt'),
  'utf8',
);

/** The import records by key, conventions already in the database by parties, and every importAll call. */
function world(options: { inDatabase?: ConventionPartiesRow[] } = {}) {
  const imported = new Map<string, { conventionId: string; contentHash: string }>();
  const imports: PortfolioImportItem[][] = [];
  const portfolio = {
    findImported: (keys: string[]) =>
      Promise.resolve(new Map([...imported].filter(([key]) => keys.includes(key)))),
    findByPartyNames: () => Promise.resolve(options.inDatabase ?? []),
    organizations: () => Promise.resolve([{ id: 'org-rabat', name: 'Rabat', country: 'MA' }]),
    importAll: (items: PortfolioImportItem[]) => {
      imports.push(items);
      for (const item of items)
        imported.set(item.key, {
          conventionId: item.existingId ?? `c-${imported.size + 1}`,
          contentHash: item.contentHash,
        });
      return Promise.resolve();
    },
  } as unknown as PortfolioRepository;
  const clock = new FixedClock(new Date('2026-03-13T09:00:00Z'));
  return { imported, imports, useCase: new ImportRepertoireUseCase(portfolio, clock, 'Europe/Paris') };
}

describe('ImportRepertoireUseCase (in-memory ports, the real 2008 directory)', () => {
  it('imports the 46 conventions in one call, lists the 5 other links, and answers each with its stored id', async () => {
    const { useCase, imports } = world();
    const result = await useCase.execute(directory, admin);
    expect([result.created, result.updated, result.unchanged, result.links.length]).toEqual([46, 0, 0, 0]);
    expect(result.others).toHaveLength(5);
    expect(imports).toHaveLength(1);
    expect(imports[0]).toHaveLength(46);
    expect(imports[0].every((item) => item.doc.timeZone === 'Europe/Paris' && item.existingId === null)).toBe(
      true,
    );
    expect(
      result.conventions.every((row) => row.status === 'create' && row.conventionId?.startsWith('c-')),
    ).toBe(true);
    expect(result.problems.map((problem) => problem.line)).toEqual(
      [...result.problems.map((problem) => problem.line)].sort((a, b) => a - b),
    );
  });

  it('links the parties that are organizations on the platform (Rabat), on the conventions it creates', async () => {
    const { useCase, imports } = world();
    const result = await useCase.execute(directory, admin);
    expect(result.linkedOrganizations.length).toBeGreaterThan(0);
    expect(new Set(result.linkedOrganizations.map((link) => link.organizationId))).toEqual(
      new Set(['org-rabat']),
    );
    const linked = imports[0].filter((item) =>
      item.doc.parties.some((party) => party.organizationId === 'org-rabat'),
    );
    expect(linked.map((item) => item.doc.reference).sort()).toEqual(
      result.linkedOrganizations.map((link) => link.reference).sort(),
    );
  });

  it('the same file again changes nothing; an entry whose content changed is updated in place', async () => {
    const { useCase, imports, imported } = world();
    await useCase.execute(directory, admin);
    const again = await useCase.execute(directory, admin);
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 46]);
    expect(imports).toHaveLength(1);
    const [key, record] = [...imported][0];
    imported.set(key, { ...record, contentHash: 'an older version' });
    const third = await useCase.execute(directory, admin);
    expect([third.created, third.updated, third.unchanged]).toEqual([0, 1, 45]);
    expect(imports[1]).toMatchObject([{ key, existingId: record.conventionId }]);
  });

  it('an entry with the parties of a convention already in the database is offered as a link, not imported', async () => {
    const existing = {
      id: 'c-existing',
      reference: 'LYON-RABAT-2001',
      parties: [] as Array<{ name: string; country: string }>,
    };
    const first = await world().useCase.execute(directory, admin);
    const lyon = first.conventions.find((row) => row.reference.includes('LYON'))!;
    const { useCase, imports } = world({
      inDatabase: [
        {
          ...existing,
          parties: [
            { name: 'Rabat', country: 'MA' },
            { name: 'communauté urbaine de lyon', country: 'FR' },
            { name: 'LYON', country: 'FR' },
          ],
        },
      ],
    });
    const result = await useCase.execute(directory, admin);
    expect(result.links).toEqual([
      {
        line: lyon.line,
        reference: lyon.reference,
        conventionId: 'c-existing',
        existingReference: existing.reference,
      },
    ]);
    expect(result.conventions.find((row) => row.reference === lyon.reference)).toMatchObject({
      status: 'link',
      conventionId: 'c-existing',
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ line: lyon.line, field: 'parties' }));
    expect(result.created).toBe(45);
    expect(imports[0].map((item) => item.doc.reference)).not.toContain(lyon.reference);
  });

  it('refuses an officer (403 on file), a binary file and a text that is not the directory (400 on file), writing nothing', async () => {
    const { useCase, imports } = world();
    await expect(useCase.execute(directory, anOfficer)).rejects.toMatchObject({
      code: 'forbidden',
      field: 'file',
    });
    await expect(useCase.execute('PK\u0000\u0003', admin)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'file',
    });
    await expect(useCase.execute('Liste des courses\nPain\nLait\n', admin)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'file',
    });
    expect(imports).toEqual([]);
  });

  it('the command line (no actor) may import', async () => {
    const { useCase, imports } = world();
    expect((await useCase.execute(directory, null)).created).toBe(46);
    expect(imports).toHaveLength(1);
  });
});
