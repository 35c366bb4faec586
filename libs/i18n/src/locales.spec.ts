import {
  COMPLIANCE_MESSAGE_KEYS,
  COMPLIANCE_RULES,
  CONVENTION_STATUSES,
  DEADLINE_KINDS,
  DEADLINE_STATUSES,
} from '@passerelle/domain';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('fr, en and ar have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(ar).sort()).toEqual(Object.keys(fr).sort());
  });

  it('ar uses the placeholders of fr in each message, and no message is empty', () => {
    for (const [key, message] of Object.entries(fr)) {
      expect([key, placeholders((ar as Record<string, string>)[key])]).toEqual([key, placeholders(message)]);
      expect((ar as Record<string, string>)[key].trim()).not.toBe('');
    }
  });

  it('fr and en use the same placeholders in each message, and no message is empty', () => {
    for (const [key, message] of Object.entries(fr)) {
      expect([key, placeholders((en as Record<string, string>)[key])]).toEqual([key, placeholders(message)]);
      expect(message.trim()).not.toBe('');
    }
  });

  it('cover every compliance message, rule, deadline kind and status, convention status', () => {
    const expected = [
      ...COMPLIANCE_MESSAGE_KEYS,
      ...COMPLIANCE_RULES.map((rule) => `compliance.rule.${rule}`),
      ...DEADLINE_KINDS.map((kind) => `deadline.kind.${kind}`),
      ...DEADLINE_STATUSES.map((status) => `deadline.status.${status}`),
      ...CONVENTION_STATUSES.map((status) => `convention.status.${status}`),
    ];
    expect(expected.filter((key) => !(key in fr))).toEqual([]);
  });
});
