import { aConvention } from '@passerelle/testing';
import { BrowserContext, Page } from 'playwright-core';
import ar from '../../apps/web/src/i18n/ar.json';
import fr from '../../apps/web/src/i18n/fr.json';
import {
  auditBothWidths,
  AxeViolation,
  newContext,
  see,
  sidewaysOverflow,
  signInAtRealTime,
  startWebTest,
  violationReport,
  WebTest,
  WIDTHS,
} from './support/browser';

/**
 * The app in Arabic, right to left, walked by its links only (no reload): on every main page the
 * document says `dir="rtl"`, nothing scrolls sideways at 1366 or 768 px, dates read « 2 فبراير 2026 »
 * (Moroccan month names, Latin digits), axe finds nothing serious, and both widths are photographed
 * (artifacts/screenshots/ar-*).
 */
const NOW = '2026-03-13T09:00:00Z';
const VLG = 'Villeneuve-la-Garenne';
const TITLE = 'Convention de coopération franco-marocaine Villeneuve-la-Garenne – Tiznit';
const MEETING_DAY = '2 فبراير 2026';
const exact = (text: string) => ({ name: text, exact: true });

describe('the web app in Arabic, right to left, at 1366 and 768 px (Chromium)', () => {
  let web: WebTest;
  let context: BrowserContext;
  let page: Page;
  let email: string;
  const violations: Record<string, AxeViolation[]> = {};
  const overflow: Record<string, number> = {};

  /** dir="rtl", the sideways overflow at both widths, then axe and the photographs. */
  const audit = async (name: string) => {
    await see.attribute(page.locator('html'), 'dir', 'rtl');
    await see.attribute(page.locator('html'), 'lang', 'ar');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 768 ? 1024 : 900 });
      await page.waitForLoadState('networkidle');
      overflow[`${name}@${width}`] = await sidewaysOverflow(page);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await auditBothWidths(page, name, violations);
  };
  const nav = (key: keyof typeof ar) =>
    page.getByRole('navigation', { name: ar['nav.label'] }).getByRole('link', exact(ar[key])).click();
  const section = (key: keyof typeof ar) =>
    page
      .getByRole('navigation', { name: ar['convention.sections'] })
      .getByRole('link', exact(ar[key]))
      .click();
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

  beforeAll(async () => {
    web = await startWebTest({ now: NOW });
    const officer = await web.t.newUser('officer', { name: VLG, country: 'FR', timezone: 'Europe/Paris' });
    email = officer.email;
    const doc = aConvention();
    doc.parties = doc.parties.map((p) =>
      p.name === VLG ? { ...p, organizationId: officer.organizationId } : p,
    );
    const id = (await officer.agent.post('/api/conventions').send(doc).expect(201)).body.id as string;
    await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({
        heldOn: '2026-02-02',
        city: 'Tiznit',
        country: 'MA',
        hostParty: 'Tiznit',
        attendees: [{ party: VLG, name: 'Pascal Pelain', role: 'Maire' }],
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

  it('offers Arabic from a French page with its label in reading order', async () => {
    await page.goto('/');
    // « Arabe (العربية) » is French text: laid out right to left it read « (العربية) Arabe ».
    const button = page.getByTestId('language-switch-ar');
    await see.text(button, fr['language.name.ar']);
    const [latin, arabic] = await button.evaluate((element) => {
      // Runs in the page: the DOM is reached through globalThis (this file's types are Node's).
      const dom = globalThis as unknown as {
        document: {
          createRange(): {
            setStart(n: unknown, o: number): void;
            setEnd(n: unknown, o: number): void;
            getBoundingClientRect(): { x: number };
          };
        };
      };
      const node = (element as unknown as { firstChild: { textContent: string } }).firstChild;
      const x = (word: string) => {
        const range = dom.document.createRange();
        const start = node.textContent.indexOf(word);
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        return range.getBoundingClientRect().x;
      };
      return [x('Arabe'), x('العربية')];
    });
    expect(latin).toBeLessThan(arabic);
  });

  it('switches to Arabic on the sign-in page and signs in: the dashboard, right to left', async () => {
    if (!page.url().startsWith(web.baseUrl)) await page.goto('/');
    await page.getByTestId('language-switch-ar').click();
    await see.attribute(page.locator('html'), 'dir', 'rtl');
    await audit('ar-00-sign-in');
    await page.getByLabel(ar['signin.email']).fill(email);
    await page.getByLabel(ar['signin.password']).fill(`password of ${email}`);
    await page.getByRole('button', exact(ar['signin.submit'])).click();
    // The account's language wins at sign-in (its reminders are in it): French, until switched here.
    await heading(fr['dashboard.title']);
    await page.getByTestId('language-switch-ar').click();
    await heading(ar['dashboard.title']);
    await audit('ar-01-dashboard');
  });

  it('walks the conventions list and the convention’s sections', async () => {
    await nav('nav.conventions');
    await heading(ar['conventions.title']);
    await page.getByRole('link', exact(TITLE)).waitFor();
    // A reference is a code read left to right: at 768 px it was cut at its hyphens over two lines.
    await page.setViewportSize({ width: 768, height: 1024 });
    const reference = page.locator('tbody tr', { hasText: TITLE }).locator('td').first();
    const lines = await reference.evaluate((cell) => {
      // Runs in the page: the DOM is reached through globalThis (this file's types are Node's).
      const dom = globalThis as unknown as {
        document: {
          createRange(): { selectNodeContents(n: unknown): void; getClientRects(): { length: number } };
        };
      };
      // The text itself (inside any wrapper): one box per line it is laid out on.
      let text = cell as unknown as { firstChild: unknown };
      while (text.firstChild) text = text.firstChild as { firstChild: unknown };
      const range = dom.document.createRange();
      range.selectNodeContents(text);
      return range.getClientRects().length;
    });
    expect(lines).toBe(1);
    await page.setViewportSize({ width: 1366, height: 900 });
    await audit('ar-02-conventions');

    await page.getByRole('link', exact(TITLE)).click();
    await heading(TITLE);
    await audit('ar-03-convention');
    await section('convention.deadlines');
    await audit('ar-04-convention-deadlines');
    await section('meetings.title');
    const meetings = page.getByRole('region', { name: ar['meetings.title'], exact: true });
    await see.text(meetings, MEETING_DAY);
    await audit('ar-05-convention-meetings');
    await section('convention.history');
    await audit('ar-06-convention-history');
  });

  it('opens the meeting: its title carries the date as Moroccan officers write it', async () => {
    await section('meetings.title');
    await page.getByRole('link', exact(MEETING_DAY)).click();
    await heading(ar['meeting.title_on'].replace('{date:date}', MEETING_DAY).replace('{city}', 'Tiznit'));
    await audit('ar-07-meeting');
  });

  it('walks the calendar, the reminders, the settings, the search and the editor', async () => {
    await nav('nav.calendar');
    await heading(ar['calendar.title']);
    await page.locator('.fc-direction-rtl').waitFor();
    await see.text(page.locator('.fc-toolbar-title'), 'مارس 2026');
    await audit('ar-08-calendar');
    await nav('nav.reminders');
    await heading(ar['reminders.title']);
    await audit('ar-09-reminders');
    await nav('nav.settings');
    await heading(ar['settings.title']);
    await audit('ar-10-settings');
    const search = page.getByRole('search', { name: ar['search.label'] });
    await search.getByRole('searchbox').fill('Tiznit');
    await search.getByRole('button', exact(ar['search.submit'])).click();
    await heading(ar['search.title'].replace('{q}', 'Tiznit'));
    await page.getByRole('link', exact(TITLE)).first().waitFor();
    await audit('ar-11-search');
    await nav('nav.conventions');
    await page.getByRole('link', exact(ar['conventions.new'])).click();
    await heading(ar['editor.title.new']);
    await audit('ar-12-editor');
  });

  it('nothing scrolls sideways and axe finds no serious violation, on any page at either width', () => {
    expect(Object.entries(overflow).filter(([, px]) => px > 0)).toEqual([]);
    expect(Object.keys(overflow)).toHaveLength(2 * 13);
    expect(violationReport(violations)).toEqual([]);
    expect(Object.keys(violations)).toHaveLength(2 * 13);
  });
});
