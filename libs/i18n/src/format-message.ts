import { IntlMessageFormat } from 'intl-messageformat';
import { formatDateLong } from './format-date-long';
import { Locale } from './locale';

export type MessageParams = Record<string, string | number | null | undefined>;

/** Plural rules and `#` numbers as officers write them: ar-MA counts in Latin digits. */
const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-MA' };

/** Our one extension to ICU: `{dueOn:date}` writes an ISO date out (formatDateLong). */
const DATE_ARGUMENT = /\{(\w+):date\}/g;
const dateName = (name: string) => `${name}__date`;

const compiled = new Map<string, IntlMessageFormat>();

function compile(template: string, locale: Locale): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${template}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const source = template.replace(DATE_ARGUMENT, (_whole, name: string) => `{${dateName(name)}}`);
    // ignoreTag: « <b> » in a message is text, never rich-text markup.
    format = new IntlMessageFormat(source, INTL_LOCALE[locale] ?? locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return format;
}

interface AstElement {
  type: number;
  value?: string;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

export type ArgumentKind = 'plain' | 'number' | 'select';
/** The parser's element types (@formatjs/icu-messageformat-parser TYPE): 1 argument, 2 number, 5 select, 6 plural. */
const KINDS: Record<number, ArgumentKind> = { 1: 'plain', 2: 'number', 5: 'select', 6: 'number' };

/** The categories each plural of a message gives (`one`, `other`, `=0`…), for the catalogue checks. */
export function pluralCategories(template: string, locale: Locale = 'fr'): string[][] {
  const plurals: string[][] = [];
  const walk = (elements: AstElement[]) => {
    for (const element of elements) {
      if (element.type === 6) plurals.push(Object.keys(element.options ?? {}));
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(compile(template, locale).getAst());
  return plurals;
}

/** Every argument a message names, and how it is used (a plural or select needs its value). */
export function messageArguments(template: string, locale: Locale = 'fr'): Map<string, ArgumentKind> {
  const found = new Map<string, ArgumentKind>();
  const walk = (elements: AstElement[]) => {
    for (const element of elements) {
      const kind = KINDS[element.type];
      if (kind && element.value && (kind !== 'plain' || !found.has(element.value)))
        found.set(element.value, kind);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(compile(template, locale).getAst());
  return found;
}

/**
 * An ICU MessageFormat message (`{count, plural, one {# jour} other {# jours}}`, `select` for
 * genders) filled with `params`. A plain value missing stays visible as `{name}`; a count missing
 * leaves the message as written rather than guess a plural form. `isolate` wraps each text value
 * (bidi isolation in mails); numbers in a plain `{name}` are written as they are, as before.
 */
export function formatMessage(
  template: string,
  locale: Locale,
  params: MessageParams = {},
  isolate: (value: string) => string = (value) => value,
): string {
  const values: Record<string, string | number> = {};
  for (const [name, kind] of messageArguments(template, locale)) {
    const original = name.endsWith('__date') ? name.slice(0, -'__date'.length) : name;
    const value = params[original];
    if (value === null || value === undefined) {
      if (kind !== 'plain') return template;
      values[name] = name === original ? `{${name}}` : `{${original}:date}`;
    } else if (name !== original) values[name] = formatDateLong(String(value), locale);
    else if (kind === 'number') values[name] = Number(value);
    else values[name] = kind === 'select' ? String(value) : isolate(String(value));
  }
  return String(compile(template, locale).format(values));
}
