import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';
import ExcelJS from 'exceljs';
import request from 'supertest';

const antony = JSON.parse(
  readFileSync(join(__dirname, '../../seeds/conventions/antony-taroudant.json'), 'utf8'),
);

/** supertest keeps binary bodies as Buffers only when asked. */
function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('exports: CSV, Excel and the printable summary (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: Awaited<ReturnType<TestApp['newUser']>>;
  let stranger: Awaited<ReturnType<TestApp['newUser']>>;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-01-15T09:00:00Z' });
    officer = await t.newUser('officer', { name: 'Antony', country: 'FR' });
    stranger = await t.newUser('officer', { name: 'Ailleurs', country: 'FR' });
    const doc = {
      ...antony,
      title: 'Convention de partenariat Antony – Taroudant; "=cmd"',
      parties: [{ ...antony.parties[0], organizationId: officer.organizationId }, antony.parties[1]],
    };
    id = (await officer.agent.post('/api/conventions').send(doc).expect(201)).body.id;
    await officer.agent
      .post(`/api/conventions/${id}/deadlines/evaluation/2026-02-01/done`)
      .send({ note: '=SUM(A1)' })
      .expect(200);
  }, 60_000);
  afterAll(() => t.close());

  it('exports the deadlines as CSV: BOM, French separator, quoted cells, formulas neutralised', async () => {
    const response = await officer.agent
      .get('/api/exports/deadlines.csv')
      .query({ from: '2026-01-01', to: '2026-12-31' })
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toContain('echeances.csv');
    expect(response.text.charCodeAt(0)).toBe(0xfeff);
    const lines = response.text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Date;Échéance;État;Référence;Convention;Article;Citation de la clause;Identifiant',
    );
    expect(lines.slice(1).map((line) => line.split(';').slice(0, 3).join(';'))).toEqual([
      '2026-02-01;Évaluation;Fait',
      '2026-02-01;Échéance de la convention;À échéance proche',
      '2026-02-01;Décision de renouvellement;À échéance proche',
      // The organization's yearly development-aid declaration (CONTRACT §7) is among its deadlines.
      "2026-05-31;Déclaration de l'aide publique au développement;À venir",
    ]);
    expect(lines[1]).toContain('"Convention de partenariat Antony – Taroudant; ""=cmd"""');

    const english = await officer.agent
      .get('/api/exports/deadlines.csv')
      .query({ from: '2026-01-01', to: '2026-12-31', lang: 'en' })
      .expect(200);
    expect(english.text.slice(1).split('\r\n')[0]).toBe(
      'Date,Deadline,Status,Reference,Convention,Article,Clause quotation,Identifier',
    );
  });

  it('exports one convention’s deadlines with the records, a formula typed in a note neutralised', async () => {
    const response = await officer.agent
      .get(`/api/exports/conventions/${id}/deadlines.csv`)
      .query({ from: '2026-01-01', to: '2026-12-31' })
      .expect(200);
    expect(response.text).toContain('2026-02-01;Évaluation;Fait;7;');
    expect(response.text).toContain(";2026-01-15;'=SUM(A1)");
  });

  it('exports the conventions list with the language the web app sends (lang=fr was a 400)', async () => {
    const french = await officer.agent.get('/api/exports/conventions.csv').query({ lang: 'fr' }).expect(200);
    const [header, row] = french.text.slice(1).trimEnd().split('\r\n');
    expect(header.split(';')[0]).toBe('Référence');
    expect(row.split(';')[0]).toBe('ANTONY-TAROUDANT-2024');
    const english = await officer.agent
      .get('/api/exports/conventions.xlsx')
      .query({ lang: 'en', q: 'taroudant' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(english.body as never);
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('Reference');
    await officer.agent.get('/api/exports/conventions.csv').query({ lang: 'xx' }).expect(400);
  });

  it('exports the conventions as a real Excel workbook, with dates as dates', async () => {
    const response = await officer.agent
      .get('/api/exports/conventions.xlsx')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Conventions');
    expect(sheet.getRow(1).getCell(1).value).toBe('Référence');
    expect(sheet.getRow(2).getCell(1).value).toBe('ANTONY-TAROUDANT-2024');
    expect(sheet.getRow(2).getCell(7).value).toEqual(new Date('2024-02-02T00:00:00Z'));
    expect(sheet.getRow(2).getCell(8).value).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(sheet.rowCount).toBe(2);

    const deadlines = await officer.agent
      .get('/api/exports/deadlines.xlsx')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(deadlines.body as never);
    const kinds = book.worksheets[0].getColumn(2).values;
    expect(kinds).toEqual(
      expect.arrayContaining(['Échéance', 'Évaluation', "Déclaration de l'aide publique au développement"]),
    );
  });

  it('prints a one-page summary: parties, clauses quoted with their article, open deadlines, checklist', async () => {
    const response = await officer.agent.get(`/api/exports/conventions/${id}/summary`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<html lang="fr" dir="ltr">');
    expect(response.text).toContain('en vigueur du 2 février 2024 au 1er février 2026');
    expect(response.text).toContain('art. 7');
    expect(response.text).toContain('Ces derniers ne pourront étre adaptés');
    expect(response.text).toContain('@page { size: A4');
    expect(response.text).toContain('&quot;=cmd&quot;');
    expect(response.text).not.toContain('<script');
    const english = await officer.agent
      .get(`/api/exports/conventions/${id}/summary`)
      .query({ lang: 'en' })
      .expect(200);
    expect(english.text).toContain('in force from 2 February 2024 to 1 February 2026');
  });

  it('scopes every export like the rest: another organization gets a 404 or an empty list, no session a 401', async () => {
    for (const path of [
      `/api/exports/conventions/${id}/summary`,
      `/api/exports/conventions/${id}/deadlines.csv`,
      `/api/exports/conventions/${id}/deadlines.xlsx`,
    ])
      await stranger.agent.get(path).expect(404);
    await stranger.agent.get('/api/exports/conventions/not-a-uuid/summary').expect(404);
    const theirs = await stranger.agent.get('/api/exports/conventions.csv').expect(200);
    expect(theirs.text.slice(1).trimEnd().split('\r\n')).toHaveLength(1);
    const theirDeadlines = await stranger.agent.get('/api/exports/deadlines.csv').expect(200);
    expect(theirDeadlines.text.slice(1).trimEnd().split('\r\n')).toHaveLength(1);
    for (const path of [
      '/api/exports/deadlines.csv',
      '/api/exports/conventions.xlsx',
      `/api/exports/conventions/${id}/summary`,
    ])
      await request(t.http).get(path).expect(401);
  });
});
