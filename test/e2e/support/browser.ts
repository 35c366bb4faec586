import { mkdirSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { RawEnv } from '@passerelle/config';
import { CHROMIUM_BASE_ARGS, findChromium } from '@passerelle/testing';
import { startTestApp, TestApp } from '../../support/test-app';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { webAppDir } from '../../../apps/api/src/web/web-app-dir';

export const SCREENSHOTS = join(__dirname, '../../../artifacts/screenshots');

export interface WebTest {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The real API listening on a free port, serving the built app, and a headless Chromium. */
export async function startWebTest(options: { now: string; env?: RawEnv }): Promise<WebTest> {
  if (!webAppDir())
    throw new Error('the web app is not built: run `npm run build:web` first (npm test does)');
  const chromiumBinary = findChromium();
  const t = await startTestApp({ now: options.now, env: options.env });
  await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumBinary.executablePath,
    args: [...CHROMIUM_BASE_ARGS, ...chromiumBinary.args],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    t,
    baseUrl,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => t.http.close(() => resolve()));
      await t.close();
    },
  };
}

/** A browser context whose clock reads the test app's fixed instant (and a laptop-sized window). */
export async function newContext(
  web: WebTest,
  options: { now: string; viewport?: { width: number; height: number } },
): Promise<BrowserContext> {
  const context = await web.browser.newContext({
    baseURL: web.baseUrl,
    viewport: options.viewport ?? { width: 1366, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  await context.clock.setFixedTime(new Date(options.now));
  return context;
}

/**
 * The API's clock is fixed in the past, but Chromium's cookie jar lives in real time: a session
 * cookie that expires 12 hours after a past instant would be dropped at once. Sign-ins therefore
 * reach the API at the real instant (their session outlives the fixed one), and the fixed clock is
 * back before the browser sees the answer.
 */
export async function signInAtRealTime(web: WebTest, page: Page, fixedNow: string): Promise<void> {
  await page.route('**/api/auth/login', async (route) => {
    web.t.clock.set(new Date());
    try {
      const response = await route.fetch();
      await route.fulfill({ response });
    } finally {
      web.t.clock.set(new Date(fixedNow));
    }
  });
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/Adresse e-mail|E-mail address/).fill(email);
  await page.getByLabel(/Mot de passe|Password/).fill(password);
  await page.getByRole('button', { name: /Se connecter|Sign in/ }).click();
  await page.getByRole('heading', { level: 1, name: /Tableau de bord|Dashboard/ }).waitFor();
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** axe-core run inside the page: the serious and critical violations (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Injected through the DevTools protocol, not a <script>: the app's CSP forbids inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // Runs in the page: the DOM is reached through globalThis (this file's types are Node's).
    const browser = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await browser.axe.run(browser.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes
        .slice(0, 5)
        .map((node) => ({ target: node.target, html: node.html.slice(0, 200) })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Photographs the page at both widths (`<name>@1366.png`, `<name>@768.png`), without a reload. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await auditBothWidths(page, name, null);
}

/** The two widths of the issue: a laptop and a tablet held upright. */
export const WIDTHS = [1366, 768] as const;

/**
 * Checks (when given `violations`) and photographs the page as it stands at both widths, without a reload: the window is
 * resized, axe runs again (a table stacked at 768 px is a different page to a screen reader),
 * and the window is put back. Files are `<name>@1366.png` and `<name>@768.png`.
 */
export async function auditBothWidths(
  page: Page,
  name: string,
  violations: Record<string, AxeViolation[]> | null,
): Promise<void> {
  const original = page.viewportSize() ?? { width: 1366, height: 900 };
  try {
    for (const width of [original.width, ...WIDTHS.filter((w) => w !== original.width)]) {
      if (width !== page.viewportSize()?.width)
        await page.setViewportSize({ width, height: width === 768 ? 1024 : 900 });
      await page.waitForLoadState('networkidle');
      // Nothing still "Loading…": the photograph shows the page, not its placeholder.
      await see.count(page.locator('.loading'), 0);
      if (violations)
        violations[`${name}@${width}`] = [...(await seriousViolations(page)), ...(await cutOffTables(page))];
      await page.screenshot({ path: join(SCREENSHOTS, `${name}@${width}.png`), fullPage: true });
    }
  } finally {
    await page.setViewportSize(original);
  }
}

/**
 * Tables wider than their card, so that columns (often the actions) are out of sight: reported
 * like an axe violation. A sortable table scrolls inside its focusable region by design.
 */
async function cutOffTables(page: Page): Promise<AxeViolation[]> {
  const cut = await page.evaluate(() => {
    // Runs in the page: the DOM is reached through globalThis (this file's types are Node's).
    const browser = globalThis as unknown as {
      document: {
        querySelectorAll(selector: string): Iterable<{
          scrollWidth: number;
          clientWidth: number;
          getAttribute(name: string): string | null;
        }>;
      };
    };
    return [...browser.document.querySelectorAll('.table-scroll:not(:has(thead button))')]
      .filter((table) => table.scrollWidth > table.clientWidth + 1)
      .map((table) => table.getAttribute('aria-label') ?? '?');
  });
  return cut.map((label) => ({
    id: 'table-cut-off',
    impact: 'serious',
    help: `the table "${label}" is wider than the window: columns are out of sight`,
    nodes: [],
  }));
}

/** How far the page scrolls sideways (0 when it fits the window). */
export function sidewaysOverflow(page: Page): Promise<number> {
  // Runs in the page: the DOM is reached through globalThis (this file's types are Node's).
  return page.evaluate(() => {
    const browser = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      innerWidth: number;
    };
    return browser.document.documentElement.scrollWidth - browser.innerWidth;
  });
}

/** Every serious violation found, one line per page; [] when axe found none. */
export function violationReport(violations: Record<string, AxeViolation[]>): string[] {
  return Object.entries(violations)
    .filter(([, list]) => list.length > 0)
    .map(
      ([name, list]) =>
        `${name}: ${list.map((v) => `${v.id} (${v.impact}) ${v.help} ${JSON.stringify(v.nodes)}`).join('\n  ')}`,
    );
}

/** Retries an assertion until it passes or the time is up (playwright-core has no `expect`). */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

type Locator = import('playwright-core').Locator;

export const see = {
  text: (locator: Locator, text: string) =>
    eventually(async () => expect(await locator.innerText()).toContain(text)),
  count: (locator: Locator, count: number) =>
    eventually(async () => expect(await locator.count()).toBe(count)),
  /** A field's value, once the page has filled it in (a form loads after its region shows). */
  value: (locator: Locator, text: string) =>
    eventually(async () => expect(await locator.inputValue()).toContain(text)),
  checked: (locator: Locator) => eventually(async () => expect(await locator.isChecked()).toBe(true)),
  attribute: (locator: Locator, name: string, value: string) =>
    eventually(async () => expect(await locator.getAttribute(name)).toBe(value)),
};
