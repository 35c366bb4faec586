import { BrowserContext, Page } from 'playwright-core';
import ar from '../../apps/web/src/i18n/ar.json';
import fr from '../../apps/web/src/i18n/fr.json';
import { aConvention } from '@passerelle/testing';
import {
  AxeViolation,
  newContext,
  screenshot,
  see,
  seriousViolations,
  signIn,
  signInAtRealTime,
  startWebTest,
  WebTest,
} from './support/browser';

const NOW = '2026-05-10T09:00:00Z';
const exact = (text: string) => ({ name: text, exact: true });

describe('both shores in the web app: Arabic RTL and the visa, the APD declaration and the council report', () => {
  let web: WebTest;
  let context: BrowserContext;
  let page: Page;
  let french: { email: string; organizationId: string };
  let moroccan: { email: string; organizationId: string };
  let conventionId: string;
  const violations: Record<string, AxeViolation[]> = {};

  async function audit(name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  beforeAll(async () => {
    web = await startWebTest({ now: NOW });
    const vlg = await web.t.newUser('officer', {
      name: 'Villeneuve-la-Garenne',
      country: 'FR',
      timezone: 'Europe/Paris',
    });
    const tiznit = await web.t.newUser('officer', {
      name: 'Tiznit',
      country: 'MA',
      timezone: 'Africa/Casablanca',
    });
    french = { email: vlg.email, organizationId: vlg.organizationId };
    moroccan = { email: tiznit.email, organizationId: tiznit.organizationId };
    const doc = aConvention({
      effectiveOn: null,
      clauses: { ...aConvention().clauses, term: { start: 'after_approvals', durationMonths: 36 } },
    });
    doc.parties = [
      { ...doc.parties[0], organizationId: vlg.organizationId, signedOn: '2023-02-01' },
      {
        ...doc.parties[1],
        organizationId: tiznit.organizationId,
        signedOn: '2023-02-10',
        visaAuthority: 'governor',
      },
    ];
    // Created by the admin: an officer's link to another organization would wait for its acceptance.
    conventionId = (await web.t.api.post('/api/conventions').send(doc).expect(201)).body.id;
    await vlg.agent
      .post(`/api/conventions/${conventionId}/payments`)
      .send({
        party: 'Villeneuve-la-Garenne',
        amount: 12000,
        currency: 'EUR',
        paidOn: '2025-04-02',
        kind: 'cash',
        purpose: 'Jeunesse',
      })
      .expect(201);
    context = await newContext(web, { now: NOW });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signInAtRealTime(web, page, NOW);
    page.on('pageerror', (error) => {
      throw error;
    });
  });

  afterAll(async () => {
    await context?.close();
    await web?.close();
  });

  it('the Moroccan officer signs in and works in Arabic, right to left', async () => {
    await signIn(page, moroccan.email, `password of ${moroccan.email}`);
    await page.getByTestId('language-switch-ar').click();
    await page.getByRole('heading', { level: 1, name: ar['dashboard.title'] }).waitFor();
    await see.attribute(page.locator('html'), 'lang', 'ar');
    await see.attribute(page.locator('html'), 'dir', 'rtl');
    // The navigation starts on the right in RTL: its first link lies right of its last one.
    const first = await page.getByRole('link', exact(ar['nav.dashboard'])).boundingBox();
    const last = await page.getByRole('link', exact(ar['nav.settings'])).boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    await audit('ar-01-dashboard');
  });

  it('says in the status line what the status does not: not yet executory on the Moroccan side', async () => {
    await page.goto(`/conventions/${conventionId}`);
    await see.text(page.getByTestId('status-notes'), 'غير قابلة للتنفيذ بعد في الجانب المغربي');
  });

  it('records the governor’s visa: the convention becomes executory on the Moroccan side', async () => {
    await page.goto(`/conventions/${conventionId}?section=executory`);
    await page.getByTestId('executory-MA').waitFor();
    await see.text(page.getByTestId('executory-MA'), ar['executory.no']);
    await page.getByLabel(ar['visa.for'].replace('{party}', 'Tiznit')).fill('2023-03-01');
    await page.getByRole('button', exact(ar['visa.save'])).click();
    await page.getByText(ar['visa.saved']).waitFor();
    await see.text(page.getByTestId('executory-MA'), 'قابلة للتنفيذ منذ 1 مارس 2023');
    await audit('ar-02-convention-visa');
    const stored = await web.t.sql(
      'SELECT visa_on::text AS visa_on FROM convention_parties WHERE name = $1',
      ['Tiznit'],
    );
    expect(stored).toEqual([{ visa_on: '2023-03-01' }]);
  });

  it('shows the calendar in Arabic, right to left', async () => {
    await page.getByRole('link', exact(ar['nav.calendar'])).click();
    await page.locator('.fc-direction-rtl').waitFor();
    await see.text(page.locator('.fc-toolbar-title'), 'ماي 2026');
    await audit('ar-03-calendar');
  });

  it('the French officer prepares the APD declaration and opens the council report', async () => {
    await context.clearCookies();
    await page.goto('/');
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('passerelle.locale', 'fr'),
    );
    await signIn(page, french.email, `password of ${french.email}`);
    await page.getByRole('link', exact(fr['nav.apd'])).click();
    await page.getByRole('heading', { level: 1, name: fr['apd.page.title'] }).waitFor();
    // fr-FR groups thousands with a narrow no-break space.
    await see.text(page.locator('main'), '12\u202f000');
    await see.text(page.locator('main'), 'À déclarer avant le 31 mai 2026');
    await audit('fr-04-apd');
    await page.getByTestId('apd-declare').click();
    await page.getByText('Déclarée le 10 mai 2026').waitFor();

    const href = await page.getByTestId('council-report').getAttribute('href');
    const report = await context.newPage();
    await report.goto(href!);
    await report.getByRole('heading', { level: 1 }).waitFor();
    expect(await report.locator('h1').innerText()).toContain('Rapport annuel');
    await report.emulateMedia({ media: 'print' });
    expect(await report.locator('.hint').isVisible()).toBe(false);
    const pdf = await report.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await report.close();
  });

  it('no page has a serious or critical axe violation, in Arabic as in French', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
