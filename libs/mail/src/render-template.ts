import * as fs from 'node:fs';
import * as path from 'node:path';
import { isolateBidi, Locale, LOCALES, translate } from '@passerelle/i18n';

const cache = new Map<string, string>();
const TEMPLATES = path.join(__dirname, 'templates');

export type TemplateValue = string | number | boolean | null | undefined | TemplateValues[];
export type TemplateValues = { [name: string]: TemplateValue };

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

/** A value as text; a list has no text of its own (it is a section). */
const text = (value: TemplateValue): string => (value == null || Array.isArray(value) ? '' : String(value));

interface Rendering {
  html: boolean;
  locale: Locale;
}

/**
 * `reminder.fr.html`: the MJML layout compiled for the language's direction
 * (templates/compiled/reminder.ltr.html), `reminder.ar.txt`: the plain-text layout
 * (templates/text/reminder.txt), both filled in the language:
 * - `{{name}}` a value (escaped in HTML), `{{name|bidi}}` a value isolated from the sentence's
 *   direction (`<bdi>` in HTML, FSI…PDI in text), `{{{name}}}` raw;
 * - `{{#name}}…{{/name}}` shown when truthy, repeated for a list with each item's values (and
 *   `listed`), `{{^name}}…{{/name}}` shown when falsy; a list `items` also gives `itemsCount`;
 * - `[[mail.key]]`, `[[mail.key count=itemsCount]]` a catalogue message (libs/i18n, ICU).
 */
export function renderTemplate(file: string, values: TemplateValues): string {
  const match = /^([\w-]+)\.(\w+)\.(html|txt)$/.exec(file);
  if (!match || !(LOCALES as readonly string[]).includes(match[2]))
    throw new Error(`not a mail template name: ${file}`);
  const [, name, language, extension] = match;
  const locale = language as Locale;
  const html = extension === 'html';
  const source = html
    ? path.join('compiled', `${name}.${locale === 'ar' ? 'rtl' : 'ltr'}.html`)
    : path.join('text', `${name}.txt`);
  if (!cache.has(source))
    cache.set(source, standalone(fs.readFileSync(path.join(TEMPLATES, source), 'utf8')));
  return render(cache.get(source) as string, withCounts({ lang: locale, ...values }), { html, locale });
}

/** A line holding only a section tag leaves no blank line behind (as in Mustache). */
function standalone(template: string): string {
  return template.replace(/^[ \t]*(\{\{[#^/]\w+\}\})[ \t]*\n/gm, '$1');
}

function withCounts(values: TemplateValues): TemplateValues {
  const counts: TemplateValues = {};
  for (const [name, value] of Object.entries(values))
    if (Array.isArray(value) && values[`${name}Count`] === undefined) counts[`${name}Count`] = value.length;
  return { ...values, ...counts };
}

const SECTION = /\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;

function render(template: string, values: TemplateValues, rendering: Rendering): string {
  const sections = template.replace(SECTION, (_match, sign: string, name: string, inner: string) => {
    const value = values[name];
    const shown = Array.isArray(value) ? value.length > 0 : Boolean(value);
    if (sign === '^') return shown ? '' : render(inner, values, rendering);
    if (Array.isArray(value))
      return value
        .map((item) => render(inner, withCounts({ ...values, ...item, listed: true }), rendering))
        .join('');
    return shown ? render(inner, values, rendering) : '';
  });
  const out = (value: string) => (rendering.html ? escapeHtml(value) : value);
  return sections
    .replace(/\[\[([\w.]+)((?: \w+=\w+)*)\]\]/g, (_match, key: string, args: string) => {
      const params: Record<string, string | number> = {};
      for (const [, param, from] of args.matchAll(/ (\w+)=(\w+)/g)) {
        const value = values[from];
        if (typeof value === 'number') params[param] = value;
        // Arabic: a name or an article number inside a label keeps its own direction and place.
        else if (typeof value === 'string')
          params[param] = rendering.locale === 'ar' ? `\u2068${value}\u2069` : value;
      }
      return out(translate(rendering.locale, key, params));
    })
    .replace(/\{\{\{(\w+)\}\}\}/g, (_match, name: string) => text(values[name]))
    .replace(/\{\{(\w+)(\|bidi)?\}\}/g, (_match, name: string, bidi?: string) => {
      const value = text(values[name]);
      if (!bidi || !value) return out(value);
      if (rendering.html) return `<bdi>${escapeHtml(value)}</bdi>`;
      // In an Arabic text part every inserted name or number is isolated: « (المادة 5) » keeps its order.
      return rendering.locale === 'ar' ? `\u2068${value}\u2069` : isolateBidi(value, rendering.locale);
    });
}
