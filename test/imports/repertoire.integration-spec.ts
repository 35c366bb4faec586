import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { startTestApp, TestApp } from '../support/test-app';

// Each import writes 46 conventions in one transaction: seconds on a loaded CI machine.
jest.setTimeout(30_000);

const DIRECTORY = join(__dirname, '../../../shared/seeds/repertoire-franco-marocain-2008.txt');
const bytes = readFileSync(DIRECTORY);

describe('POST /api/imports/repertoire: the 2008 directory', () => {
  let t: TestApp;
  let first: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  let existingId: string;

  const byReference = async (reference: string) => {
    const list = await t.api.get('/api/conventions').query({ q: reference, pageSize: 5 }).expect(200);
    const convention = list.body.items.find((item: { reference: string }) => item.reference === reference);
    expect(convention).toBeDefined();
    const portfolio = await t.api.get(`/api/conventions/${convention.id}/portfolio`).expect(200);
    return { convention, portfolio: portfolio.body };
  };

  beforeAll(async () => {
    t = await startTestApp();
    // Saint-Denis–Tiznit is already followed: the directory's entry must be offered as a link.
    const created = await t.api
      .post('/api/conventions')
      .send({
        reference: 'SD-TIZNIT',
        title: 'Saint-Denis – Tiznit',
        instrument: 'convention_partenariat',
        parties: [
          { name: 'Saint-Denis', country: 'FR', level: 'commune' },
          { name: 'Tiznit', country: 'MA', level: 'commune' },
        ],
        clauses: {},
      })
      .expect(201);
    existingId = created.body.id;
    first = (await t.api.post('/api/imports/repertoire').attach('file', bytes, 'repertoire.txt').expect(201))
      .body;
  }, 60_000);
  afterAll(() => t.close(), 30_000);

  it('imports every partner pair but the one already in the database, which is offered as a link', async () => {
    expect(first.created).toBe(45);
    expect(first.updated).toBe(0);
    expect(first.links).toEqual([
      expect.objectContaining({
        reference: 'REP2008-SAINT-DENIS-TIZNIT',
        conventionId: existingId,
        existingReference: 'SD-TIZNIT',
      }),
    ]);
    const [{ count }] = await t.sql(
      `SELECT count(*)::int AS count FROM import_records WHERE source = 'repertoire-2008'`,
    );
    expect(count).toBe(45);
    expect(first.others.map((other: { french: string }) => other.french)).toEqual([
      'Ville de Clichy-la-Garenne',
      'Ville de Maubeuge',
      'Ville de Montpellier',
      'Ville de Saint-Germain-en-Laye',
      'Ville de Woippy',
    ]);
    // Every problem names its line.
    expect(first.problems.every((problem: { line: number }) => problem.line > 0)).toBe(true);
  });

  it('Aix-en-Provence – Oujda, field by field', async () => {
    const { convention, portfolio } = await byReference('REP2008-AIX-EN-PROVENCE-OUJDA');
    expect(convention).toMatchObject({
      title: 'Aix-en-Provence – Oujda',
      instrument: 'convention_cadre',
      financialCommitments: [
        { party: 'Aix-en-Provence', amount: 200000, currency: 'EUR' },
        { party: 'Oujda', amount: 15000, currency: 'EUR' },
      ],
    });
    expect(convention.parties).toEqual([
      expect.objectContaining({
        name: 'Aix-en-Provence',
        country: 'FR',
        level: 'commune',
        representative: 'Maryse Joissains-Masini',
        representativeTitle: "Maire d'Aix-en-Provence",
        signedOn: '1998-04-29',
      }),
      expect.objectContaining({
        name: 'Oujda',
        country: 'MA',
        level: 'commune',
        representative: 'Lakhdar Haddouche',
        representativeTitle: "Président de la Commune urbaine d'Oujda",
        signedOn: '1998-04-29',
      }),
    ]);
    expect(portfolio.importRecord).toMatchObject({
      rawInstrument: 'Convention cadre de coopération décentralisée',
      state: 'agreement',
      lineFrom: 151,
    });
    expect(portfolio.importRecord.sources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'instrument', lineFrom: 158 }),
        expect.objectContaining({ field: 'parties[0].signedOn', lineFrom: 160 }),
        expect.objectContaining({ field: 'parties[1].representative', lineFrom: 156 }),
      ]),
    );
    expect(portfolio.history.slice(0, 2)).toEqual([
      {
        kind: 'deliberated',
        date: { value: '1998-03-26', precision: 'day' },
        party: null,
        words: 'Votée le 26 mars 1998',
        line: 160,
      },
      {
        kind: 'signed',
        date: { value: '1998-04-29', precision: 'day' },
        party: null,
        words: 'signée le 29 avril 1998 à Oujda',
        line: 160,
      },
    ]);
    expect(portfolio.profiles).toEqual([
      expect.objectContaining({
        party: 'Aix-en-Provence',
        population: 150000,
        domains: expect.arrayContaining(['Développement urbain', 'Appui institutionnel']),
      }),
      expect.objectContaining({ party: 'Oujda', population: 500000 }),
    ]);
    const pdu = portfolio.projects[0];
    expect(pdu).toMatchObject({
      title:
        "Assistance à maîtrise d'ouvrage pour l'élaboration du plan de déplacements urbains de la commune urbaine d'Oujda",
      status: 'in_progress',
      period: 'débuté le 9 juillet 2007 - 24 mois',
      startsOn: { value: '2007-07-09', precision: 'day' },
      projectOwner: "Commune urbaine d'Oujda",
      domains: ['Developpement urbain'],
    });
    expect(
      pdu.budgetLines.map((line: Record<string, unknown>) => [
        line.role,
        line.contributor,
        line.contributorKind,
        line.amount,
        line.currency,
        line.nature,
      ]),
    ).toEqual([
      ['total', 'Coût total du projet', null, 2032800, 'MAD', null],
      ['contribution', 'PAD', 'cofinancer', 994690, 'MAD', 'cash'],
      ['contribution', 'Aix-en-Provence', 'party', 816560, 'MAD', 'mixed'],
      ['contribution', 'Oujda', 'party', 221640, 'MAD', 'mixed'],
    ]);
    expect(portfolio.contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          party: 'Aix-en-Provence',
          role: 'elected',
          name: 'Bruno GENZANA',
          asOf: '2008-07',
        }),
        expect.objectContaining({
          party: 'Aix-en-Provence',
          role: 'agent',
          name: 'Michèle COUËTMEUR',
          email: 'couetmeurm@mairie-aixenprovence.fr',
        }),
        expect.objectContaining({
          party: 'Oujda',
          role: 'agent',
          name: 'Mohammed MOUHIB',
          phone: '+ 212 (0)61 36 14 04',
        }),
      ]),
    );
  });

  it('Cléon – Souk El Khémis: the renewal by avenant is in the history, the signature sets signedOn', async () => {
    const { convention, portfolio } = await byReference('REP2008-CLEON-SOUK-EL-KHEMIS');
    expect(convention.instrument).toBe('convention_partenariat');
    expect(convention.parties.map((party: { signedOn: string }) => party.signedOn)).toEqual([
      '2005-05-19',
      '2005-05-19',
    ]);
    expect(convention.parties[1].representative).toBe('Elhoussaine Jaizi');
    expect(convention.financialCommitments).toEqual([
      expect.objectContaining({ party: 'Cléon', amount: 10000, currency: 'EUR', year: 2007 }),
    ]);
    expect(portfolio.history.filter((event: { kind: string }) => event.kind !== 'other')).toEqual([
      expect.objectContaining({ kind: 'signed', date: { value: '2005-05-19', precision: 'day' } }),
      expect.objectContaining({
        kind: 'renewed',
        date: { value: '2006-07-02', precision: 'day' },
        words: expect.stringContaining('avenant'),
      }),
    ]);
    expect(portfolio.profiles[0]).toMatchObject({ party: 'Cléon', population: 6052 });
    expect(portfolio.profiles[1]).toMatchObject({ party: 'Souk El Khémis', population: null });
  });

  it('Champagne-Ardenne – Oriental: each party signed on its own day, the renewal, the PAD co-financing in MAD', async () => {
    const { convention, portfolio } = await byReference(
      'REP2008-CONSEIL-REGIONAL-DE-CHAMPAGNE-ARDENNE-CONSEIL-REGIONAL-DE-L-ORIENTAL',
    );
    expect(convention.instrument).toBe('convention_cadre');
    expect(
      convention.parties.map((party: Record<string, string>) => [party.name, party.level, party.signedOn]),
    ).toEqual([
      ['Conseil régional de Champagne-Ardenne', 'region', '1999-11-26'],
      ["Conseil régional de l'Oriental", 'region', '2000-06-11'],
    ]);
    expect(
      portfolio.history
        .filter((event: { kind: string }) => event.kind !== 'other')
        .map((event: { kind: string; date: { value: string }; party: string }) => [
          event.kind,
          event.date.value,
          event.party,
        ]),
    ).toEqual([
      ['signed', '1999-11-26', 'Conseil régional de Champagne-Ardenne'],
      ['signed', '2000-06-11', "Conseil régional de l'Oriental"],
      ['renewed', '2004-12-06', null],
    ]);
    const agriculture = portfolio.projects[0];
    const contributions = agriculture.budgetLines.filter(
      (line: { role: string }) => line.role === 'contribution',
    );
    expect(
      contributions.map((line: Record<string, unknown>) => [
        line.contributor,
        line.amount,
        line.currency,
        line.nature,
        line.inKindAmount,
      ]),
    ).toEqual([
      ['PAD', 1149000, 'MAD', 'cash', null],
      ['Champagne-Ardenne', 919200, 'MAD', 'mixed', 459600],
      ['Oriental', 229800, 'MAD', 'mixed', 114900],
      ['Partenaires', 576000, 'MAD', 'in_kind', null],
    ]);
    expect(
      agriculture.budgetLines.find((line: { words: string }) => /Formation/.test(line.words)),
    ).toMatchObject({ role: 'expense', amount: 82598.31, currency: 'MAD' });
    expect(first.problems).toContainEqual(
      expect.objectContaining({ line: 6318, message: expect.stringContaining('amount without currency') }),
    );
    expect(convention.financialCommitments).toEqual([
      expect.objectContaining({
        party: 'Conseil régional de Champagne-Ardenne',
        amount: 300000,
        currency: 'EUR',
        year: 2007,
      }),
    ]);
  });

  it("Marseille's four partnerships are four conventions; the Rabat block's conflict is reported, not resolved", async () => {
    const references = ['RABAT', 'MEKNES', 'MARRAKECH', 'FES'].map((town) => `REP2008-MARSEILLE-${town}`);
    const found = await Promise.all(references.map(byReference));
    expect(
      found.map(({ convention }) => convention.parties.map((party: { name: string }) => party.name)),
    ).toEqual([
      ['Marseille', 'Rabat'],
      ['Marseille', 'Meknès'],
      ['Marseille', 'Marrakech'],
      ['Marseille', 'Fès'],
    ]);
    const [rabat, meknes, marrakech, fes] = found;
    expect(rabat.convention.parties[1]).toMatchObject({ representative: null, representativeTitle: null });
    expect(first.problems).toContainEqual(
      expect.objectContaining({
        line: 1808,
        field: 'parties[1].representative',
        message: expect.stringContaining('Marrakech'),
      }),
    );
    expect(rabat.portfolio.history).toContainEqual(
      expect.objectContaining({ kind: 'signed', date: { value: '1989', precision: 'year' } }),
    );
    expect(rabat.convention.parties[0].signedOn).toBeNull();
    expect(meknes.convention.parties[1]).toMatchObject({ representative: 'Aboubakr Belkora' });
    // Protocole 21 mars 2002, Jumelage 17 mai 2004: two signatures of two instruments, whose is unsaid.
    expect(marrakech.convention.parties.map((party: { signedOn: null }) => party.signedOn)).toEqual([
      null,
      null,
    ]);
    expect(
      marrakech.portfolio.history
        .filter((event: { kind: string }) => event.kind === 'signed')
        .map((event: { date: { value: string } }) => event.date.value),
    ).toEqual(['2002-03-21', '2004-05-17']);
    expect(fes.portfolio.importRecord.state).toBe('no_agreement');
    expect(fes.convention.status).toBe('draft');
    // The group's French contacts belong to every Marseille convention.
    for (const { portfolio } of found)
      expect(portfolio.contacts).toContainEqual(
        expect.objectContaining({ party: 'Marseille', name: 'Jacques ROCCA SERRA' }),
      );
  });

  it('Bourgogne: two conventions, one per commune, imported as having no agreement', async () => {
    for (const town of ['MARRAKECH', 'MEKNES']) {
      const { convention, portfolio } = await byReference(`REP2008-CONSEIL-REGIONAL-DE-BOURGOGNE-${town}`);
      expect(convention.status).toBe('draft');
      expect(convention.instrument).toBe('other');
      expect(convention.parties.map((party: { signedOn: null }) => party.signedOn)).toEqual([null, null]);
      expect(portfolio.importRecord).toMatchObject({
        state: 'no_agreement',
        rawInstrument: 'Aucun accord de coopération décentralisée signé - Projet en cours',
      });
      expect(portfolio.profiles[0].domains).toEqual(['Enseignement supérieur']);
      expect(
        portfolio.contacts.every(
          (contact: { party: string }) =>
            contact.party === 'Conseil régional de Bourgogne' || contact.party === convention.parties[1].name,
        ),
      ).toBe(true);
    }
  });

  it('a second import of the same file creates nothing and changes nothing', async () => {
    const before = await t.sql(
      'SELECT count(*)::int AS conventions, max(updated_at) AS updated FROM conventions',
    );
    const again = await t.api
      .post('/api/imports/repertoire')
      .attach('file', bytes, 'repertoire.txt')
      .expect(201);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 45 });
    expect(again.body.links).toHaveLength(1);
    expect(
      await t.sql('SELECT count(*)::int AS conventions, max(updated_at) AS updated FROM conventions'),
    ).toEqual(before);
  });

  it('the same directory saved in Windows-1252 reads the same', async () => {
    const legacy = iconv.encode(bytes.toString('utf8'), 'windows-1252');
    const again = await t.api
      .post('/api/imports/repertoire')
      .attach('file', legacy, 'repertoire.txt')
      .expect(201);
    // « ✓ » and « → » have no Windows-1252 byte: the entries holding them read « ? » and are updated.
    expect(again.body.created).toBe(0);
    expect(again.body.unchanged + again.body.updated).toBe(45);
    const { convention } = await byReference('REP2008-CLEON-SOUK-EL-KHEMIS');
    expect(convention.parties[1].name).toBe('Souk El Khémis');
  });

  it('refuses a file that is not the directory, no file, and a non-admin, writing nothing', async () => {
    const count = async () => (await t.sql('SELECT count(*)::int AS n FROM conventions'))[0].n;
    const before = await count();
    const notDirectory = await t.api
      .post('/api/imports/repertoire')
      .attach('file', Buffer.from('reference;title\nA;B\n'), 'x.csv')
      .expect(400);
    expect(notDirectory.body).toMatchObject({ message: expect.stringContaining('file') });
    await t.api.post('/api/imports/repertoire').field('x', 'y').expect(400);
    const officer = await t.newUser('officer');
    await officer.agent.post('/api/imports/repertoire').attach('file', bytes, 'repertoire.txt').expect(403);
    expect(await count()).toBe(before);
  });
});
