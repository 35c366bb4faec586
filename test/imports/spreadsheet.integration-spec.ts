import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(30_000);

// An officer's own spreadsheet: French headers, dates as dd/mm/yyyy, amounts with spaces and €.
const OWN_HEADERS = [
  'Référence',
  'Intitulé',
  'Type',
  'Collectivité française',
  'Pays FR',
  'Partenaire',
  'Pays MA',
  'Signature FR',
  'Signature MA',
  'Durée (mois)',
  'Reconduction',
  'Montant',
  'Réunions par an',
];
const MAPPING = {
  reference: 'Référence',
  title: 'Intitulé',
  instrument: 'Type',
  party1_name: 'Collectivité française',
  party1_country: 'Pays FR',
  party2_name: 'Partenaire',
  party2_country: 'Pays MA',
  party1_signed_on: 'Signature FR',
  party2_signed_on: 'Signature MA',
  term_months: 'Durée (mois)',
  renewal_mode: 'Reconduction',
  amount: 'Montant',
  committee_meetings_per_year: 'Réunions par an',
};
const ownRows = [
  [
    'XL-ROMANS-TAROUDANNT',
    'Romans – Taroudannt',
    'protocole',
    'Romans',
    'FR',
    'Taroudannt',
    'MA',
    '12/03/2006',
    '20/03/2006',
    '36',
    'tacit',
    '1 600 000 €',
    '1',
  ],
  [
    'XL-SETE-JEDIDA',
    'Sète – El Jadida',
    'jumelage',
    'Sète',
    'FR',
    'El Jadida',
    'MA',
    '05/05/1992',
    '05/05/1992',
    '',
    '',
    '82.598,31 Dhs',
    '',
  ],
];
const csv = (rows: string[][]) =>
  rows
    .map((row) => row.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(';'))
    .join('\r\n');

describe('spreadsheet import (CONTRACT §6)', () => {
  let t: TestApp;
  const count = async () => (await t.sql('SELECT count(*)::int AS n FROM conventions'))[0].n as number;
  const post = (file: Buffer, name: string, dryRun: boolean, mapping?: object) => {
    const request = t.api.post(`/api/imports/conventions?dryRun=${dryRun}`).attach('file', file, name);
    return mapping ? request.field('mapping', JSON.stringify(mapping)) : request;
  };

  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t.close(), 30_000);

  it('serves the template as CSV (with a BOM for Excel) and as XLSX, one column per field', async () => {
    const csvTemplate = await t.api.get('/api/imports/conventions/template.csv').expect(200);
    expect(csvTemplate.headers['content-type']).toContain('text/csv');
    expect(
      csvTemplate.text.startsWith('\uFEFFreference;title;instrument;object;party1_name;party1_country'),
    ).toBe(true);
    const xlsx = await t.api
      .get('/api/imports/conventions/template.xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1, 4)).toEqual([
      'reference',
      'title',
      'instrument',
    ]);
  });

  it("previews an officer's Windows-1252 CSV through a mapping, then writes it; the same file twice creates nothing", async () => {
    const file = iconv.encode(csv([OWN_HEADERS, ...ownRows]), 'windows-1252');
    const before = await count();
    const preview = await post(file, 'portefeuille.csv', true, MAPPING).expect(200);
    expect(preview.body).toMatchObject({ dryRun: true, created: 2, updated: 0 });
    expect(preview.body.rows).toEqual([
      { line: 2, status: 'create', reference: 'XL-ROMANS-TAROUDANNT', problems: [] },
      { line: 3, status: 'create', reference: 'XL-SETE-JEDIDA', problems: [] },
    ]);
    expect(await count()).toBe(before);

    await post(file, 'portefeuille.csv', false, MAPPING).expect(200);
    expect(await count()).toBe(before + 2);
    const list = await t.api.get('/api/conventions').query({ q: 'XL-ROMANS' }).expect(200);
    expect(list.body.items[0]).toMatchObject({
      title: 'Romans – Taroudannt',
      instrument: 'protocole',
      financialCommitments: [{ party: 'Romans', amount: 1600000, currency: 'EUR' }],
      clauses: {
        term: { durationMonths: 36 },
        renewal: { mode: 'tacit' },
        committee: { minMeetingsPerYear: 1 },
      },
    });
    expect(list.body.items[0].parties.map((party: { signedOn: string }) => party.signedOn)).toEqual([
      '2006-03-12',
      '2006-03-20',
    ]);
    const jedida = await t.api.get('/api/conventions').query({ q: 'XL-SETE' }).expect(200);
    expect(jedida.body.items[0].financialCommitments[0]).toMatchObject({ amount: 82598.31, currency: 'MAD' });

    const again = await post(file, 'portefeuille.csv', false, MAPPING).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0 });
    expect(again.body.rows.map((row: { status: string }) => row.status)).toEqual(['unchanged', 'unchanged']);
    expect(await count()).toBe(before + 2);
  });

  it('the conventions list exported as XLSX re-imports unchanged (the CSV round trip ends the same)', async () => {
    const exported = await t.api
      .get('/api/exports/conventions.xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const before = await count();
    const result = await post(exported.body, 'conventions.xlsx', false).expect(200);
    expect(result.body.created).toBe(0);
    expect(result.body.updated).toBe(0);
    expect(result.body.rows.length).toBe(before);
    expect(result.body.rows.every((row: { status: string }) => row.status === 'unchanged')).toBe(true);
    expect(await count()).toBe(before);
  });

  it('names each bad row and writes none of a file that has one (31/02/2005, no currency, a formula)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('officer');
    sheet.addRow(OWN_HEADERS);
    sheet.addRow([
      'BAD-1',
      'Good row',
      'protocole',
      'Nîmes',
      'FR',
      'Meknès',
      'MA',
      '24/05/2005',
      '28/06/2005',
      '',
      '',
      '',
      '',
    ]);
    sheet.addRow([
      'BAD-2',
      'Impossible date',
      'protocole',
      'Nîmes',
      'FR',
      'Meknès',
      'MA',
      '31/02/2005',
      '',
      '',
      '',
      '',
      '',
    ]);
    sheet.addRow([
      'BAD-3',
      'No currency',
      'protocole',
      'Nîmes',
      'FR',
      'Meknès',
      'MA',
      '',
      '',
      '',
      '',
      '72.000',
      '',
    ]);
    const formula = sheet.addRow([
      'BAD-4',
      'A formula',
      'protocole',
      'Nîmes',
      'FR',
      'Meknès',
      'MA',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    formula.getCell(2).value = { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' };
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await count();
    const preview = await post(file, 'officer.xlsx', true, MAPPING).expect(200);
    expect(preview.body.rows).toEqual([
      { line: 2, status: 'create', reference: 'BAD-1', problems: [] },
      {
        line: 3,
        status: 'error',
        reference: 'BAD-2',
        problems: [{ field: 'party1_signed_on', message: expect.stringContaining('31/02/2005') }],
      },
      {
        line: 4,
        status: 'error',
        reference: 'BAD-3',
        problems: [{ field: 'amount', message: expect.stringContaining('no currency') }],
      },
      {
        line: 5,
        status: 'error',
        reference: 'BAD-4',
        problems: expect.arrayContaining([{ field: 'title', message: 'a formula is not a value' }]),
      },
    ]);
    const refused = await post(file, 'officer.xlsx', false, MAPPING).expect(400);
    expect(refused.body).toMatchObject({ field: 'file', rows: expect.any(Array) });
    expect(await count()).toBe(before);
  });

  it('answers a clear 400 for a missing required column, a bad mapping, a binary file and 50,001 rows', async () => {
    const missing = await post(Buffer.from('reference;title\nA;B\n'), 'x.csv', true).expect(400);
    expect(missing.body).toMatchObject({
      field: 'party1_name',
      message: expect.stringContaining('party1_name'),
    });
    const badMapping = await post(Buffer.from(csv([OWN_HEADERS])), 'x.csv', true, {
      reference: 'Nope',
    }).expect(400);
    expect(badMapping.body.field).toBe('mapping.reference');
    await post(Buffer.from([0, 1, 2, 3, 0]), 'x.bin', true).expect(400);
    const header = 'reference;title;party1_name;party1_country;party2_name;party2_country';
    const rows = Array.from({ length: 50_001 }, (_, index) => `R${index};T;A;FR;B;MA`);
    const tooMany = await post(Buffer.from(`\uFEFF${header}\n${rows.join('\n')}`), 'big.csv', true).expect(
      400,
    );
    expect(tooMany.body.message).toContain('50000');
    const officer = await t.newUser('officer');
    await officer.agent
      .post('/api/imports/conventions?dryRun=true')
      .attach('file', Buffer.from(csv([OWN_HEADERS])), 'x.csv')
      .expect(403);
  });
});
