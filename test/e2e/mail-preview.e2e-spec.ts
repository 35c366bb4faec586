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

/**
 * Every text whose colour stands too close to the background it is drawn on (WCAG: 4.5:1, 3:1 for
 * large or bold large text), the background being the nearest painted one behind it. Page source.
 */
const LOW_CONTRAST = `(() => {
  const rgba = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if (color.length === 3 || (color.length === 4 && color[3] > 0)) return color;
    }
    return [255, 255, 255];
  };
  const faults = [];
  for (const element of document.body.querySelectorAll('*')) {
    const own = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
    if (!own || element.closest('[style*="display:none"]')) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const size = parseFloat(style.fontSize);
    if (size <= 1) continue;
    const light = [luminance(rgba(style.color)), luminance(background(element))].sort((a, b) => b - a);
    const ratio = (light[0] + 0.05) / (light[1] + 0.05);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5))
      faults.push(element.tagName.toLowerCase() + ' «' + element.textContent.trim().slice(0, 40) + '» ' +
        style.color + ' on ' + background(element).join(',') + ': ' + ratio.toFixed(2));
  }
  return faults;
})()`;

/** In dark mode: every wide block still painted light (a light strip or card on the dark page). */
const LIGHT_BLOCKS = `(() => {
  const faults = [];
  for (const element of document.body.querySelectorAll('div, table, td')) {
    const color = (getComputedStyle(element).backgroundColor.match(/[\\d.]+/g) || []).map(Number);
    if (color.length < 3 || (color.length === 4 && color[3] === 0)) continue;
    const { width, height } = element.getBoundingClientRect();
    const light = (0.2126 * color[0] + 0.7152 * color[1] + 0.0722 * color[2]) / 255 > 0.5;
    if (light && width >= document.body.clientWidth / 2 && height > 0)
      faults.push(element.tagName.toLowerCase() + '.' + (element.className || '-') + ' «' +
        (element.textContent || '').trim().slice(0, 30) + '» rgb(' + color.slice(0, 3).join(',') + ')');
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

  // Apple Mail, iOS Mail and the new Outlook follow the reader's dark mode (the template's
  // prefers-color-scheme block): every text must stay readable there, and in light mode too.
  it.each(['light', 'dark'] as const)(
    'in %s mode every text is readable on what it is drawn on (contrast; in dark mode no wide light block), at 600 px and 360 px',
    async (colorScheme) => {
      const faults: string[] = [];
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
        for (const preview of previews) {
          await page.goto(pathToFileURL(preview.html).href);
          if (colorScheme === 'dark')
            await page.screenshot({
              path: join(MAIL_SCREENSHOTS, `${preview.name}.${preview.language}.${width}.dark.png`),
              fullPage: true,
            });
          for (const fault of await page.evaluate<string[]>(LOW_CONTRAST))
            faults.push(`${preview.name}.${preview.language} @${width}: ${fault}`);
          if (colorScheme === 'dark')
            for (const fault of await page.evaluate<string[]>(LIGHT_BLOCKS))
              faults.push(`${preview.name}.${preview.language} @${width}: light block ${fault}`);
        }
        await page.close();
      }
      expect([...new Set(faults)]).toEqual([]);
    },
  );
});
