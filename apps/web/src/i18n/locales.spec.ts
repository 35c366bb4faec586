import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharedEn from '../../../../libs/i18n/src/locales/en.json';
import sharedFr from '../../../../libs/i18n/src/locales/fr.json';
import { catalogueFaults } from '../../../../libs/i18n/src/catalogue-rules';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry) && !entry.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('web app locales', () => {
  it('fr, en and ar have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(ar).sort()).toEqual(Object.keys(fr).sort());
  });

  it('every message is ICU MessageFormat with the arguments of fr, every plural form of its language, no « jour(s) »', () => {
    const faults = Object.entries(fr).flatMap(([key, french]) => [
      ...catalogueFaults('fr', key, french, french),
      ...catalogueFaults('en', key, (en as Record<string, string>)[key], french),
      ...catalogueFaults('ar', key, (ar as Record<string, string>)[key], french),
    ]);
    expect(faults).toEqual([]);
  });

  it('every key written in a component exists', () => {
    const known = new Set([...Object.keys(fr), ...Object.keys(sharedFr), ...Object.keys(sharedEn)]);
    // API field names, not message keys.
    const notKeys = new Set(['passerelle.locale', 'clauses.term.startDate', 'period.from', 'period.to']);
    const missing: string[] = [];
    for (const file of sources(join(__dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, key] of text.matchAll(/'([a-z_]+(?:\.[a-zA-Z0-9_]+)+)'/g)) {
        if (!known.has(key) && !notKeys.has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
