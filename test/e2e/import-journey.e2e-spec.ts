import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import fr from '../../apps/web/src/i18n/fr.json';
import { TEST_ADMIN } from '../support/test-app';
import {
  newContext,
  screenshot,
  see,
  seriousViolations,
  signIn,
  signInAtRealTime,
  startWebTest,
  WebTest,
} from './support/browser';

const NOW = '2026-01-15T09:00:00Z';
// An officer's own spreadsheet: French headers the mapping screen has to match.
const CSV = [
  'Référence;Intitulé;Type;Collectivité française;Pays FR;Partenaire;Pays MA;Signature FR;Signature MA;Montant',
  'CSV-NIMES-MEKNES;Nîmes – Meknès;jumelage;Nîmes;FR;Meknès;MA;24/05/2005;28/06/2005;10 000 €',
  'CSV-STAINS-FIGUIG;Stains – Figuig;protocole;Stains;FR;Figuig;MA;18/10/2002;18/10/2002;82.598,31 Dhs',
].join('\r\n');

describe('an admin imports a spreadsheet through the mapping screen (Chromium, real API and PostgreSQL)', () => {
  let web: WebTest;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    web = await startWebTest({ now: NOW });
    context = await newContext(web, { now: NOW });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signInAtRealTime(web, page, NOW);
    await signIn(page, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => {
    await context?.close();
    await web?.close();
  });

  it('uploads the CSV, maps its columns, previews each row, confirms and sees the conventions', async () => {
    await page.getByRole('link', { name: fr['nav.import'], exact: true }).click();
    await page.getByRole('heading', { level: 1, name: fr['import.title'] }).waitFor();
    const spreadsheet = page.getByRole('region', { name: fr['import.spreadsheet.title'] });
    await spreadsheet
      .getByLabel(fr['import.file'])
      .setInputFiles({ name: 'portefeuille.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await spreadsheet.getByRole('button', { name: fr['import.spreadsheet.read'] }).click();

    const mapping = page.getByRole('form', { name: fr['import.mapping.title'] });
    await mapping.waitFor();
    // Suggested from the headers; the officer still chooses what the synonyms cannot tell.
    await see.value(mapping.getByLabel(`${fr['import.field.reference']} *`), 'Référence');
    await mapping.getByLabel(`${fr['import.field.party2_signed_on']}`).selectOption('Signature MA');
    await mapping.getByLabel(`${fr['import.field.party2_name']} *`).selectOption('Partenaire');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-mapping');
    await mapping.getByRole('button', { name: fr['import.preview'] }).click();

    const preview = page.getByRole('group', { name: fr['import.preview.caption'] });
    await preview.waitFor();
    expect(await preview.getByRole('row').count()).toBe(3);
    expect(await preview.innerText()).toContain(fr['import.status.create']);
    expect(await web.t.sql("SELECT 1 FROM conventions WHERE reference LIKE 'CSV-%'")).toHaveLength(0);
    await screenshot(page, 'import-preview');

    await page.getByRole('button', { name: /Confirmer l'import/ }).click();
    await page.getByRole('status').filter({ hasText: '2 conventions créées' }).waitFor();
    await page.getByRole('link', { name: fr['import.see_conventions'] }).click();
    await page.getByRole('heading', { level: 1, name: fr['conventions.title'] }).waitFor();
    await page.getByRole('link', { name: 'Nîmes – Meknès' }).waitFor();
    await page.getByRole('link', { name: 'Stains – Figuig' }).waitFor();
    const rows = await web.t.sql(
      "SELECT reference FROM conventions WHERE reference LIKE 'CSV-%' ORDER BY reference",
    );
    expect(rows.map((row) => row.reference)).toEqual(['CSV-NIMES-MEKNES', 'CSV-STAINS-FIGUIG']);
  });

  it('imports the 2008 directory, then reads a convention’s projects, budget totals, timeline and contacts', async () => {
    await page.getByRole('link', { name: fr['nav.import'], exact: true }).click();
    const directory = page.getByRole('region', { name: fr['import.directory.title'] });
    const text = readFileSync(join(__dirname, '../../../shared/seeds/repertoire-franco-marocain-2008.txt'));
    await directory
      .getByLabel(fr['import.file'])
      .setInputFiles({ name: 'repertoire.txt', mimeType: 'text/plain', buffer: text });
    await directory.getByRole('button', { name: fr['import.directory.submit'] }).click();
    // Nîmes – Meknès and Stains – Figuig came in with the spreadsheet: offered as links, not duplicated.
    await directory
      .getByRole('status')
      .filter({ hasText: '44 créées, 0 mise à jour, 0 inchangée, 2 déjà suivies.' })
      .waitFor();
    expect(await directory.getByRole('group', { name: fr['import.problems'] }).innerText()).toContain('1808');
    await screenshot(page, 'import-directory-report');
    await directory.getByRole('link', { name: 'Aix-en-Provence – Oujda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aix-en-Provence – Oujda' }).waitFor();
    // The convention page shows one section at a time (?section=): the portfolio is « Projets ».
    await page.getByRole('link', { name: fr['portfolio.projects.title'], exact: true }).click();
    const projects = page.getByRole('region', { name: fr['portfolio.projects.title'] });
    const totals = await projects
      .getByRole('group', { name: fr['portfolio.totals.contributor'] })
      .innerText();
    expect(totals).toContain('PAD');
    expect(totals.replace(/\s/g, ' ')).toMatch(/994 690,00 MAD|994 690 MAD/);
    const timeline = await page.getByRole('region', { name: fr['portfolio.history.title'] }).innerText();
    expect(timeline).toContain('29 avril 1998');
    expect(timeline).toContain('Votée le 26 mars 1998');
    const contacts = page.getByRole('region', { name: fr['portfolio.contacts.title'] });
    expect(await contacts.getByRole('region', { name: 'Oujda' }).innerText()).toContain('Mohammed MOUHIB');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'convention-portfolio');
  });
});
