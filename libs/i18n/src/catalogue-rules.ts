import { messageArguments, pluralCategories } from './format-message';
import { Locale } from './locale';

/** « jour(s) », « invité(e) », « مدعو(ة) », « يوم (أيام) »: a plural or gender left to the reader. */
const HEDGED_FORM = /\p{L}\((?:s|x|e|es|aux|ة|ي)\)|\((?:أيام|أشهر|سنوات|ساعات|تذكيرات|محاضر|اتفاقيات)\)/u;

/** Arabic counts in six forms (zero, one, two, few, many, other); French and English in two. */
const PLURAL_FORMS: Record<Locale, readonly string[]> = {
  fr: ['one', 'other'],
  en: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

/**
 * What a catalogue message must respect, as a list of faults (empty when it is fine): it parses as
 * ICU MessageFormat, uses the same arguments as the French one, gives every plural form of its
 * language, and hedges no plural or gender with brackets.
 */
export function catalogueFaults(locale: Locale, key: string, message: string, french: string): string[] {
  const faults: string[] = [];
  let names: string[];
  try {
    names = [...messageArguments(message, locale).keys()].sort();
  } catch (error) {
    return [`${locale} ${key}: not ICU MessageFormat (${(error as Error).message})`];
  }
  const expected = [...messageArguments(french, 'fr').keys()].sort();
  if (names.join() !== expected.join())
    faults.push(`${locale} ${key}: arguments ${names.join()} instead of ${expected.join()}`);
  for (const categories of pluralCategories(message, locale)) {
    const missing = PLURAL_FORMS[locale].filter((form) => !categories.includes(form));
    if (missing.length) faults.push(`${locale} ${key}: plural without ${missing.join(', ')}`);
  }
  if (HEDGED_FORM.test(message)) faults.push(`${locale} ${key}: hedged plural or gender « ${message} »`);
  if (!message.trim()) faults.push(`${locale} ${key}: empty`);
  return faults;
}
