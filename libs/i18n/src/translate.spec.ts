import { formatDateLong } from './format-date-long';
import { toLocale } from './locale';
import { MESSAGES } from './messages';
import { translate } from './translate';

describe('translate', () => {
  it('finds the message in the locale', () => {
    expect(translate('fr', 'deadline.kind.renewal_notice')).toBe('Préavis de non-reconduction');
    expect(translate('en', 'deadline.kind.renewal_notice')).toBe('Non-renewal notice');
  });

  it('fills placeholders, writing dates out', () => {
    const params = { party: 'Villeneuve-la-Garenne', deliberationOn: '2022-12-15', signedOn: '2023-01-01' };
    expect(translate('fr', 'compliance.deliberation_before_signature.ok', params)).toBe(
      'Villeneuve-la-Garenne : délibération du 15 décembre 2022, antérieure à la signature du 1er janvier 2023.',
    );
    expect(translate('en', 'compliance.deliberation_before_signature.ok', params)).toBe(
      'Villeneuve-la-Garenne: deliberation of 15 December 2022, before the signature of 1 January 2023.',
    );
    expect(translate('en', 'compliance.minutes_signed.unsigned', { count: 2 })).toBe(
      '2 sets of minutes awaiting signature: not executory.',
    );
  });

  it('chooses the plural form of the language for a count (French: 0 and 1 are singular)', () => {
    const key = 'compliance.minutes_signed.unsigned';
    expect(translate('fr', key, { count: 1 })).toBe(
      '1 procès-verbal en attente de signature : non exécutoire.',
    );
    expect(translate('fr', key, { count: 3 })).toBe(
      '3 procès-verbaux en attente de signature : non exécutoires.',
    );
    expect(translate('en', key, { count: 1 })).toBe('1 set of minutes awaiting signature: not executory.');
    // Without a count, the message as written rather than a guessed form (no « procès-verbal(aux) »).
    expect(translate('fr', key)).toContain('{count, plural,');
    expect(translate('ar', key, { count: 2 })).toBe('محضران في انتظار التوقيع: غير قابلين للتنفيذ.');
    expect(translate('ar', key, { count: 11 })).toBe('11 محضرًا في انتظار التوقيع: غير قابلة للتنفيذ.');
  });

  it('leaves unknown placeholders visible', () => {
    expect(translate('fr', 'compliance.signatures_recorded.missing')).toBe(
      '{party} : signature non enregistrée.',
    );
  });

  it('falls back to French, then to the key', () => {
    const saved = MESSAGES.en['deadline.kind.expiry'];
    delete (MESSAGES.en as Record<string, string>)['deadline.kind.expiry'];
    try {
      expect(translate('en', 'deadline.kind.expiry')).toBe('Échéance de la convention');
    } finally {
      (MESSAGES.en as Record<string, string>)['deadline.kind.expiry'] = saved;
    }
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
    expect(translate('de' as 'fr', 'deadline.kind.tacit_renewal')).toBe('Reconduction tacite');
  });
});

describe('formatDateLong', () => {
  it.each([
    ['2026-02-02', 'fr', '2 février 2026'],
    ['2026-02-02', 'en', '2 February 2026'],
    ['2026-03-01', 'fr', '1er mars 2026'],
    ['2026-03-01', 'en', '1 March 2026'],
    ['2023-08-15', 'fr', '15 août 2023'],
    ['2025-12-31', 'fr', '31 décembre 2025'],
    ['not a date', 'fr', 'not a date'],
  ] as const)('%s in %s → %s', (iso, locale, expected) => {
    expect(formatDateLong(iso, locale)).toBe(expected);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const far = formatDateLong('2026-01-01', 'fr');
      process.env.TZ = 'America/Adak';
      expect(formatDateLong('2026-01-01', 'fr')).toBe(far);
      expect(far).toBe('1er janvier 2026');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('toLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'fr'],
    ['de', 'fr'],
    [null, 'fr'],
  ])('%s → %s', (value, expected) => expect(toLocale(value)).toBe(expected));
});

describe('Arabic (ar-MA)', () => {
  it('writes dates with the Moroccan month names, as Intl ar-MA does', () => {
    expect(formatDateLong('2026-02-02', 'ar')).toBe('2 فبراير 2026');
    expect(formatDateLong('2026-07-14', 'ar')).toBe('14 يوليوز 2026');
    expect(formatDateLong('2026-08-01', 'ar')).toBe('1 غشت 2026');
    const intl = new Intl.DateTimeFormat('ar-MA', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month += 1) {
      const iso = `2026-${String(month).padStart(2, '0')}-15`;
      expect(formatDateLong(iso, 'ar')).toBe(intl.format(new Date(`${iso}T12:00:00Z`)));
    }
  });

  it('isolates a Latin name inside an Arabic sentence, and an Arabic one inside a French sentence', () => {
    expect(
      translate('ar', 'compliance.signatures_recorded.missing', { party: 'Villeneuve-la-Garenne' }),
    ).toBe('\u2068Villeneuve-la-Garenne\u2069: التوقيع غير مسجل.');
    expect(translate('ar', 'compliance.signatures_recorded.missing', { party: 'تيزنيت' })).toBe(
      'تيزنيت: التوقيع غير مسجل.',
    );
    expect(translate('fr', 'compliance.signatures_recorded.missing', { party: 'تيزنيت' })).toBe(
      '\u2068تيزنيت\u2069 : signature non enregistrée.',
    );
    expect(translate('fr', 'compliance.signatures_recorded.missing', { party: 'Tiznit' })).toBe(
      'Tiznit : signature non enregistrée.',
    );
  });

  it('is chosen from a user language or an Accept-Language tag', () => {
    expect(toLocale('ar')).toBe('ar');
    expect(toLocale('ar-MA')).toBe('ar');
  });
});
