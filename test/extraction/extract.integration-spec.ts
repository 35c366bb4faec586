import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { docx, encryptedPdf, imageOnlyPdf, scannedPdf, textPdf } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const seeds = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const seed = (name: string) => readFileSync(join(seeds, name), 'utf8');
const VLG = seed('villeneuve-la-garenne-tiznit-convention.txt');
const DIJON = seed('dijon-chefchaouen-convention.txt');

interface Finding {
  field: string;
  value: unknown;
  quote: string;
  start: number;
  end: number;
  article: string | null;
  confidence: number;
}

/** Every finding quotes the text it answers with, at its offsets. */
function expectQuotesAtTheirOffsets(body: { text: string; findings: Finding[] }) {
  expect(body.findings.length).toBeGreaterThan(0);
  for (const finding of body.findings)
    expect(body.text.slice(finding.start, finding.end)).toBe(finding.quote);
}

describe('POST /api/extract (CONTRACT §6)', () => {
  let t: TestApp;
  let officer: Awaited<ReturnType<TestApp['newUser']>>;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.newUser('officer');
  });
  afterAll(() => t.close());

  const conventionCount = async () => Number((await t.sql('SELECT count(*) AS n FROM conventions'))[0].n);

  it('reads a JSON text into the proposed document, every finding quoting the text, and saves nothing', async () => {
    const before = await conventionCount();
    const response = await officer.agent.post('/api/extract').send({ text: VLG, language: 'fr' });
    expect(response.status).toBe(200);
    expect(response.body.text).toBe(VLG);
    const { document } = response.body;
    expect(document.clauses.term).toMatchObject({ durationMonths: 36, source: { article: '7' } });
    expect(document.clauses.renewal.mode).toBe('tacit');
    expect(document.clauses.termination).toMatchObject({ anyTime: true, noticeMonths: 3 });
    expect(document.clauses.committee).toMatchObject({
      minMeetingsPerYear: 1,
      alternatingHost: true,
      decisionRule: 'unanimity',
    });
    expect(document.parties[0]).toMatchObject({
      name: 'Villeneuve-la-Garenne',
      country: 'FR',
      deliberationOn: '2022-12-15',
    });
    expect(document.parties[1]).toMatchObject({
      name: 'Tiznit',
      country: 'MA',
      deliberationOn: '2021-09-20',
    });
    expect(document.effectiveOn).toBeUndefined(); // not stated: never guessed
    const duration = response.body.findings.find((f: Finding) => f.field === 'clauses.term.durationMonths');
    expect(duration).toMatchObject({
      value: 36,
      article: '7',
      quote: 'Le Protocole est conclu pour une période de 3 ans avec tacite reconduction.',
    });
    expectQuotesAtTheirOffsets(response.body);
    expect(await conventionCount()).toBe(before);
  });

  it('refuses an empty text, a request with neither text nor file, and viewers', async () => {
    const empty = await officer.agent.post('/api/extract').send({ text: '  \n ' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/^text:/);
    const nothing = await officer.agent.post('/api/extract').send({});
    expect(nothing.status).toBe(400);
    expect(nothing.body.message).toMatch(/^text:/);
    const viewer = await t.newUser('viewer');
    expect((await viewer.agent.post('/api/extract').send({ text: VLG })).status).toBe(403);
    expect((await officer.agent.post('/api/extract').send({ text: VLG, language: 'de' })).status).toBe(400);
  });

  it('answers a text in another language with a warning and no invented field', async () => {
    const spanish =
      'CONVENIO DE HERMANAMIENTO. El Ayuntamiento de la ciudad y la ciudad hermana acuerdan que el presente convenio tendrá una duración de cuatro años y que los dos municipios colaborarán en los ámbitos de la cultura, la educación y el deporte con la participación de los ciudadanos.';
    const response = await officer.agent.post('/api/extract').send({ text: spanish });
    expect(response.status).toBe(200);
    expect(response.body.warnings.map((w: { code: string }) => w.code)).toContain('language_unsupported');
    expect(response.body.findings).toEqual([]);
  });

  it('reads a TXT file in Windows-1252 with its accents', async () => {
    const response = await officer.agent
      .post('/api/extract')
      .attach('file', iconv.encode(DIJON.replace(/[☆⤴]/g, '-'), 'windows-1252'), {
        filename: 'dijon.txt',
        contentType: 'text/plain',
      });
    expect(response.status).toBe(200);
    expect(response.body.source).toMatchObject({ format: 'txt' });
    expect(response.body.text).toContain('Évaluation');
    expect(response.body.document.clauses.term).toMatchObject({
      durationMonths: 60,
      start: 'last_signature',
    });
    expect(response.body.document.clauses.renewal.mode).toBe('express');
    expectQuotesAtTheirOffsets(response.body);
  });

  it('reads a Word document', async () => {
    const response = await officer.agent
      .post('/api/extract')
      .attach('file', await docx(DIJON), { filename: 'dijon.docx', contentType: 'application/octet-stream' });
    expect(response.status).toBe(200);
    expect(response.body.source.format).toBe('docx');
    expect(response.body.document.clauses.evaluation).toMatchObject({ annual: true, beforeRenewal: true });
    expectQuotesAtTheirOffsets(response.body);
  });

  it('reads a PDF text layer at once', async () => {
    const response = await officer.agent
      .post('/api/extract')
      .attach('file', await textPdf(VLG), { filename: 'vlg.pdf', contentType: 'application/pdf' });
    expect(response.status).toBe(200);
    expect(response.body.source).toMatchObject({ format: 'pdf' });
    expect(response.body.source.pages).toBeGreaterThan(5);
    expect(response.body.document.clauses.term.durationMonths).toBe(36);
    expect(response.body.document.clauses.actionPlan).toMatchObject({
      deadlineMonth: 12,
      deadlineDay: 31,
      yearOffset: -1,
    });
    expectQuotesAtTheirOffsets(response.body);
  });

  it('reads a scanned PDF by OCR in a background job with its progress', async () => {
    const article7 = VLG.slice(VLG.indexOf('ARTICLE 7 DUREE'), VLG.indexOf('ARTICLE 8'));
    const response = await officer.agent
      .post('/api/extract')
      .attach('file', await scannedPdf([article7]), { filename: 'scan.pdf', contentType: 'application/pdf' });
    expect(response.status).toBe(202);
    const { jobId } = response.body;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    const other = await t.newUser('officer');
    expect((await other.agent.get(`/api/extract/${jobId}`)).status).toBe(404);

    let answer: { status: number; body: any } = { status: 0, body: null }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const seen: unknown[] = [];
    for (let i = 0; i < 240; i++) {
      answer = await officer.agent.get(`/api/extract/${jobId}`);
      if (answer.body.status !== 'running') break;
      seen.push(answer.body.progress);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(seen[0]).toMatchObject({ pages: 1 });
    expect(answer.status).toBe(200);
    expect(answer.body.source).toMatchObject({ format: 'pdf', ocr: true });
    expect(answer.body.document.clauses.term.durationMonths).toBe(36);
    expect(answer.body.document.clauses.renewal.mode).toBe('tacit');
    expect(answer.body.document.clauses.termination.noticeMonths).toBe(3);
    expectQuotesAtTheirOffsets(answer.body);
  }, 150_000);

  describe('bad files: a clear 4xx naming the file, nothing saved', () => {
    const post = (content: Buffer, filename: string, contentType = 'application/pdf') =>
      officer.agent.post('/api/extract').attach('file', content, { filename, contentType });

    it('an encrypted PDF', async () => {
      const response = await post(encryptedPdf(), 'secret.pdf');
      expect(response.status).toBe(422);
      expect(response.body.message).toMatch(/^file: .*password/);
    });

    it('a damaged PDF', async () => {
      const response = await post(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog garbage'), 'broken.pdf');
      expect(response.status).toBe(422);
      expect(response.body.message).toMatch(/^file: not a readable PDF/);
    });

    it('a spreadsheet renamed .pdf', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Conventions').addRow(['reference', 'title']);
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
      const response = await post(xlsx, 'convention.pdf');
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/^file: a spreadsheet/);
    });

    it('a file over 20 MiB', async () => {
      const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x20);
      big.write('%PDF-1.7\n');
      const response = await post(big, 'big.pdf');
      expect(response.status).toBe(413);
      expect(response.body.message).toMatch(/^file: larger than 20 MiB/);
    });

    it('an image-only PDF of 200 pages', async () => {
      const before = (await t.sql('SELECT count(*) AS n FROM extraction_jobs'))[0].n;
      const response = await post(await imageOnlyPdf(200), 'scan-200.pdf');
      expect(response.status).toBe(422);
      expect(response.body.message).toMatch(/^file: 200 scanned pages/);
      expect((await t.sql('SELECT count(*) AS n FROM extraction_jobs'))[0].n).toBe(before);
    });

    it('an empty file and a file of another kind', async () => {
      expect((await post(Buffer.alloc(0), 'empty.txt', 'text/plain')).status).toBe(400);
      const binary = Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]);
      const response = await post(binary, 'image.png', 'image/png');
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/^file: not a PDF, DOCX or text file/);
    });
  });
});
