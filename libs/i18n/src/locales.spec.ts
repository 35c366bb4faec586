import {
  COMPLIANCE_MESSAGE_KEYS,
  COMPLIANCE_RULES,
  CONVENTION_STATUSES,
  DEADLINE_KINDS,
  DEADLINE_STATUSES,
} from '@passerelle/domain';
import { catalogueFaults } from './catalogue-rules';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

describe('locales', () => {
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
