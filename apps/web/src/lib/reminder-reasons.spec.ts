import ar from '../i18n/ar.json';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { Reminder } from './types';
import { reminderReasons } from './reminder-reasons';

const REASONS: Array<Reminder['reason']> = [
  'on_time',
  'onboarding',
  'new_convention',
  'newly_followed',
  'dates_changed',
  'service_down',
  'delivery_delayed',
  'late',
];
const catalogues = { fr, en, ar } as Record<string, Record<string, string>>;
const translator = (language: string) => (key: string) => {
  const message = catalogues[language][key];
  if (message === undefined) throw new Error(`${language}: no message ${key}`);
  return message;
};

describe('reminderReasons: why a reminder exists, as the reminders page shows it', () => {
  it.each(['fr', 'en', 'ar'])('has words for every reason in %s, each its own', (language) => {
    const words = REASONS.map((reason) =>
      reminderReasons({ reason, byEscalation: false }, translator(language)),
    );
    expect(words.every((lines) => lines.length === 1)).toBe(true);
    expect(new Set(words.map(([line]) => line)).size).toBe(REASONS.length);
  });

  it('says a catch-up is one, and why', () => {
    expect(reminderReasons({ reason: 'new_convention', byEscalation: false }, translator('fr'))).toEqual([
      'rattrapage : convention enregistrée après la date prévue',
    ]);
    expect(reminderReasons({ reason: 'service_down', byEscalation: false }, translator('en'))).toEqual([
      'catch-up: the reminder service was down on the planned day',
    ]);
  });

  it('adds the escalation only for someone written to because of it', () => {
    expect(reminderReasons({ reason: 'on_time', byEscalation: true }, translator('fr'))).toEqual([
      'à la date prévue',
      "reçu parce que l'échéance est en retard (escalade)",
    ]);
    expect(reminderReasons({ reason: 'on_time', byEscalation: false }, translator('fr'))).toEqual([
      'à la date prévue',
    ]);
  });
});
