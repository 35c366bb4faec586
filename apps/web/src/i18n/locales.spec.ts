import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharedEn from '../../../../libs/i18n/src/locales/en.json';
import sharedFr from '../../../../libs/i18n/src/locales/fr.json';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[0]).sort();

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry) && !entry.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('web app locales', () => {
  it('fr and en have the same keys and placeholders, and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(ar).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, message] of Object.entries(fr)) {
      expect([key, placeholders((ar as Record<string, string>)[key])]).toEqual([key, placeholders(message)]);
    }
    for (const [key, message] of Object.entries(fr)) {
      expect([key, placeholders((en as Record<string, string>)[key])]).toEqual([key, placeholders(message)]);
      expect(message.trim()).not.toBe('');
    }
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
