import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_BASE_ARGS, findChromium } from '@passerelle/testing';
import { Browser, chromium } from 'playwright-core';
import { writeMailPreviews, WrittenPreview } from '../../libs/mail/src/preview/write-previews';
import { SCREENSHOTS } from './support/browser';

const PREVIEWS = join(__dirname, '../../mail-preview');
const MAIL_SCREENSHOTS = join(SCREENSHOTS, 'mail');
// A desktop client's reading pane and a small phone.
const WIDTHS = [600, 360];

/**
 * Every element wider than its box (text running out), and the body itself. Runs in the page, so
 * it is page source (the test's own types are Node's, without the DOM's).
 */
const OVERFLOWS = `(() => {
  const faults = [];
  const body = document.body;
  if (body.scrollWidth > body.clientWidth) faults.push('body ' + body.scrollWidth + ' > ' + body.clientWidth);
  for (const element of document.body.querySelectorAll('div, p, td, table, a, li, span')) {
    if (getComputedStyle(element).display === 'none' || element.clientWidth === 0) continue;
    if (element.scrollWidth > element.clientWidth + 1)
      faults.push(element.tagName.toLowerCase() + ' «' + (element.textContent || '').trim().slice(0, 40) + '» ' +
        element.scrollWidth + ' > ' + element.clientWidth);
  }
  return faults;
})()`;

describe('designed mails in Chromium', () => {
  let browser: Browser;
  let previews: WrittenPreview[];

  beforeAll(async () => {
    previews = await writeMailPreviews(PREVIEWS);
    const binary = findChromium();
    browser = await chromium.launch({
      executablePath: binary.executablePath,
      args: [...CHROMIUM_BASE_ARGS, ...binary.args],
    });
    mkdirSync(MAIL_SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('every template in every language, at 600 px and 360 px: screenshots, and no text overflows', async () => {
    expect(previews.length).toBeGreaterThanOrEqual(18);
    const faults: string[] = [];
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const preview of previews) {
        await page.goto(pathToFileURL(preview.html).href);
        await page.screenshot({
          path: join(MAIL_SCREENSHOTS, `${preview.name}.${preview.language}.${width}.png`),
          fullPage: true,
        });
        for (const fault of await page.evaluate<string[]>(OVERFLOWS))
          faults.push(`${preview.name}.${preview.language} @${width}: ${fault}`);
      }
      await page.close();
    }
    expect(faults).toEqual([]);
  });
});
