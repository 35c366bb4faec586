import { formatDateLong } from './format-date-long';
import { DEFAULT_LOCALE, Locale } from './locale';
import { MESSAGES } from './messages';

export type MessageParams = Record<string, string | number | null | undefined>;

/** `key.one`, `key.other`… by the language's plural rule for `count`, when the messages have them. */
export function pluralKey(
  messages: Record<string, string> | undefined,
  language: string,
  key: string,
  count: unknown,
): string {
  if (typeof count !== 'number' || !messages) return key;
  const form = `${key}.${new Intl.PluralRules(language).select(count)}`;
  if (form in messages) return form;
  return `${key}.other` in messages ? `${key}.other` : key;
}

/**
 * The message `key` in `locale`, else in French, else the key itself. Placeholders: `{name}` is
 * replaced as is, `{name:date}` by the ISO date written out (formatDateLong); unknown ones stay.
 * With a numeric `count`, `key.one` / `key.other` (the language's plural forms) are chosen if present.
 */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const own = MESSAGES[locale] ? locale : DEFAULT_LOCALE;
  const chosen = pluralKey(MESSAGES[own], own, key, params.count);
  const fallback = pluralKey(MESSAGES[DEFAULT_LOCALE], DEFAULT_LOCALE, key, params.count);
  const template = MESSAGES[locale]?.[chosen] ?? MESSAGES[DEFAULT_LOCALE][fallback] ?? key;
  const language = MESSAGES[locale] ? locale : DEFAULT_LOCALE;
  return template.replace(/\{(\w+)(?::(date))?\}/g, (placeholder, name: string, format?: string) => {
    const value = params[name];
    if (value === null || value === undefined) return placeholder;
    return format === 'date' ? formatDateLong(String(value), language) : String(value);
  });
}
