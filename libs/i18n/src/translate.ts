import { formatDateLong } from './format-date-long';
import { DEFAULT_LOCALE, Locale } from './locale';
import { MESSAGES } from './messages';

export type MessageParams = Record<string, string | number | null | undefined>;

/**
 * The message `key` in `locale`, else in French, else the key itself. Placeholders: `{name}` is
 * replaced as is, `{name:date}` by the ISO date written out (formatDateLong); unknown ones stay.
 */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = MESSAGES[locale]?.[key] ?? MESSAGES[DEFAULT_LOCALE][key] ?? key;
  const language = MESSAGES[locale] ? locale : DEFAULT_LOCALE;
  return template.replace(/\{(\w+)(?::(date))?\}/g, (placeholder, name: string, format?: string) => {
    const value = params[name];
    if (value === null || value === undefined) return placeholder;
    return format === 'date' ? formatDateLong(String(value), language) : String(value);
  });
}
