import { formatMessage, MessageParams } from './format-message';
import { DEFAULT_LOCALE, Locale } from './locale';
import { MESSAGES } from './messages';

export type { MessageParams };

/**
 * The message `key` in `locale`, else in French, else the key itself, as ICU MessageFormat:
 * `{name}`, `{name:date}` (an ISO date written out), `{count, plural, one {…} other {…}}` with the
 * language's plural categories (Arabic has six), `{gender, select, …}`. Unknown placeholders stay.
 */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const language = MESSAGES[locale] ? locale : DEFAULT_LOCALE;
  const template = MESSAGES[language][key] ?? MESSAGES[DEFAULT_LOCALE][key] ?? key;
  return formatMessage(template, language, params, (value) => isolateBidi(value, language));
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F]/;

/**
 * A name written in the other direction than the sentence (« Tiznit » in Arabic, « تيزنيت » in
 * French) is wrapped in FSI … PDI (Unicode bidi isolation), so that it cannot drag the
 * punctuation and numbers around it into its own direction, in text mails as in HTML.
 */
export function isolateBidi(value: string, locale: Locale): string {
  const foreign = locale === 'ar' ? LTR_LETTER : RTL_LETTER;
  const isolated = value.startsWith('\u2068') && value.endsWith('\u2069');
  return foreign.test(value) && !isolated ? `\u2068${value}\u2069` : value;
}
