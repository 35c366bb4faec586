import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import fr from '../../apps/web/src/i18n/fr.json';
import { textPdf } from '@passerelle/testing';
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
const VLG = readFileSync(
  join(__dirname, '../../../shared/seeds/villeneuve-la-garenne-tiznit-convention.txt'),
  'utf8',
);
const TITLE = 'Convention de coopération franco-marocaine Villeneuve-la-Garenne – Tiznit';
const exact = (text: string) => ({ name: text, exact: true });

describe('an officer creates the Villeneuve-la-Garenne – Tiznit convention from its PDF (Chromium)', () => {
  let web: WebTest;
  let context: BrowserContext;
  let page: Page;
  let officer: { email: string };

  beforeAll(async () => {
    web = await startWebTest({ now: NOW });
    officer = await web.t.newUser('officer', {
      name: 'Ville de Villeneuve-la-Garenne',
      country: 'FR',
      timezone: 'Europe/Paris',
    });
    context = await newContext(web, { now: NOW });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await signInAtRealTime(web, page, NOW);
    page.on('pageerror', (error) => {
      throw error;
    });
  });

  afterAll(async () => {
    await context?.close();
    await web?.close();
  });

  it('uploads the PDF, reviews the proposal beside its text, corrects it and sees its deadlines', async () => {
    await signIn(page, officer.email, `password of ${officer.email}`);
    await page.goto('/conventions');
    await page.getByRole('link', exact(fr['conventions.new_from_document'])).click();
    await page.getByRole('heading', { level: 1, name: fr['extract.title'] }).waitFor();
    await page
      .locator('#extract-file')
      .setInputFiles({ name: 'vlg-tiznit.pdf', mimeType: 'application/pdf', buffer: await textPdf(VLG) });
    await page.getByRole('button', exact(fr['extract.read'])).click();

    // The review: the text read with its quotes, what was read, the editor with the proposal.
    await page.getByRole('heading', { level: 1, name: fr['extract.review.title'] }).waitFor();
    const text = page.getByTestId('document-text');
    await see.text(text, 'ARTICLE 7 DUREE DU PROTOCOLE');
    await page.getByRole('button', { name: /clauses\.term\.durationMonths/ }).click();
    await see.text(
      page.getByTestId('selected-quote'),
      'Le Protocole est conclu pour une période de 3 ans avec tacite reconduction.',
    );
    // « après visa du Gouverneur marocain et du Préfet »: read as the after_approvals start (issue 18).
    await see.text(page.locator('.review-side'), 'clauses.term.start = after_approvals');
    await see.value(page.getByLabel(fr['convention.instrument']), 'protocole');
    await see.value(page.getByLabel(fr['party.name'], { exact: true }).first(), 'Villeneuve-la-Garenne');
    const violations = await seriousViolations(page);
    await screenshot(page, '20-extraction-review');
    expect(violations).toEqual([]);

    // The officer corrects: the title, and the date the protocol took effect (its prefecture receipt).
    await page.getByLabel(fr['convention.title'], { exact: true }).fill(TITLE);
    await page.getByLabel(fr['convention.effectiveOn']).fill('2023-01-03');
    const preview = page.getByTestId('deadline-preview');
    await see.text(preview, '3 janvier 2023');
    await see.text(preview, '2 janvier 2026');

    await page.getByRole('button', exact(fr['editor.create'])).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page
      .getByRole('navigation', { name: fr['convention.sections'] })
      .getByRole('link', exact(fr['convention.deadlines']))
      .click();
    const deadlines = page.getByRole('region', { name: fr['convention.deadlines'], exact: true });
    await see.text(deadlines, '2 janvier 2026');
    await screenshot(page, '21-extraction-created');

    // The PDF is kept as the convention's signed text.
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const kept = await web.t.sql(`SELECT kind FROM governance_files WHERE convention_id = $1`, [id]);
    expect(kept.map((row) => row.kind)).toEqual(['signed_text']);
  }, 180_000);
});
