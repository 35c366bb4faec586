import { ClaimedReminder, OutgoingMail, ReminderLinks } from '@passerelle/application';
import { DeadlineKind, Language } from '@passerelle/domain';
import { LOCALES } from '@passerelle/i18n';
import { TemplateReminderMailComposer } from '../reminder-mail.composer';

/** One preview: a template in a language with sample data, as the mail that would be sent. */
export interface SampleMail {
  name: string;
  language: Language;
  mail: OutgoingMail;
}

const BASE = 'https://passerelle.example';
// Names and quotes as users type them: long, accented, with characters HTML must escape.
const OFFICER: Record<Language, string> = {
  fr: 'Élodie Martin-Benali',
  en: 'Élodie Martin-Benali',
  ar: 'سلمى الإدريسي',
};

function aReminder(
  language: Language,
  kind: DeadlineKind,
  dueOn: string,
  daysLeft: number,
  n: number,
): ClaimedReminder {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    conventionId: `c0000000-0000-4000-8000-00000000000${n}`,
    reference: `VLG-TZN-2023-0${n}`,
    kind,
    dueOn,
    step: daysLeft >= 0 ? `lead-${daysLeft}` : 'overdue',
    recipient: 'elodie.martin@villeneuve-la-garenne.example',
    escalation: false,
    byEscalation: false,
    catchUp: n === 3,
    reason: n === 3 ? 'newly_followed' : 'on_time',
    digest: false,
    status: 'pending',
    sendAt: '2026-11-02T07:00:00.000Z',
    attempts: 0,
    lastError: null,
    messageId: null,
    sentAt: null,
    nextAttemptAt: null,
    failureKind: null,
    daysLeft,
    retrySince: null,
    deadline: {
      conventionId: `c0000000-0000-4000-8000-00000000000${n}`,
      reference: `VLG-TZN-2023-0${n}`,
      conventionTitle:
        n === 2
          ? 'Convention-cadre de coopération décentralisée « eau & assainissement » <2024-2028>'
          : 'Convention de partenariat Villeneuve-la-Garenne – Tiznit',
      partyNames: ['Villeneuve-la-Garenne', n === 2 ? 'تيزنيت' : 'Tiznit'],
      writtenBy: 'Ville de Villeneuve-la-Garenne',
      timeZone: 'Europe/Paris',
      kind,
      dueOn,
      termIndex: 0,
      planYear: null,
      periodFrom: null,
      sourceArticle: String(4 + n),
      sourceQuote:
        "La présente convention est reconduite tacitement par périodes successives d'un an, sauf dénonciation par l'une des parties notifiée trois mois au moins avant son échéance.",
      conventionPolicy: null,
    },
    recipientUser: {
      userId: 'u-1',
      email: 'elodie.martin@villeneuve-la-garenne.example',
      name: OFFICER[language],
      language,
      role: 'officer',
      timeZone: 'Europe/Paris',
      digest: false,
      organizationPolicy: null,
      following: true,
      organizationId: 'o-1',
      organizationName: 'Villeneuve-la-Garenne',
    },
  };
}

const links = (n: number): ReminderLinks => ({
  convention: `${BASE}/conventions/c0000000-0000-4000-8000-00000000000${n}`,
  markDone: `${BASE}/api/deadline-actions/done?token=sample-token-${n}-${'x'.repeat(40)}`,
  unfollow: `${BASE}/api/unfollow?token=sample-unfollow-${n}`,
});

/** Every template in every language, filled with sample data (npm run mail:preview, the screenshot test). */
export function sampleMails(): SampleMail[] {
  const composer = new TemplateReminderMailComposer();
  return LOCALES.flatMap((language) => {
    const single = aReminder(language, 'renewal_notice', '2026-12-02', 30, 1);
    const group = [
      aReminder(language, 'renewal_notice', '2026-12-02', 30, 1),
      aReminder(language, 'committee_meeting', '2026-11-09', 7, 2),
      aReminder(language, 'minutes_signature', '2026-10-01', -32, 3),
    ];
    const items = group.map((reminder, index) => ({ reminder, links: links(index + 1) }));
    const recipient = {
      email: single.recipient,
      name: OFFICER[language],
      language,
      organizationName: 'Villeneuve-la-Garenne',
    };
    const unfollow = `${BASE}/api/reminders/unfollow/sample-unfollow-all`;
    const digest = composer.digest(recipient, items, unfollow);
    const grouped = composer.grouped({ recipient, items, overdue: 1, unfollow });
    const welcome = composer.welcome({
      recipient,
      following: group.map((reminder, index) => ({
        conventionId: reminder.conventionId,
        reference: reminder.reference,
        conventionTitle: reminder.deadline?.conventionTitle ?? reminder.reference,
        partyNames: reminder.deadline?.partyNames ?? [],
        // The overdue one's next deadline is a later one (the welcome lists what comes).
        next:
          index === 2
            ? { kind: 'action_plan', dueOn: '2027-01-31' }
            : { kind: reminder.kind, dueOn: reminder.dueOn },
        overdue: index === 2 ? 1 : 0,
        link: links(index + 1).convention,
      })),
      unfollow,
      items: [{ reminder: { ...group[2], reason: 'onboarding' }, links: links(3) }],
      overdue: 1,
    });
    const failed = aReminder(language, 'renewal_notice', '2026-12-02', 30, 1);
    return [
      { name: 'reminder', language, mail: composer.reminder(single, links(1)) },
      { name: 'reminder-overdue', language, mail: composer.reminder(group[2], links(3)) },
      { name: 'digest', language, mail: digest },
      { name: 'grouped', language, mail: grouped },
      { name: 'welcome', language, mail: welcome },
      {
        name: 'delivery-failed',
        language,
        mail: composer.deliveryFailed(
          { email: 'admin@villeneuve-la-garenne.example', language },
          { ...failed, attempts: 5 },
          '550 5.1.1 <elodie.martin@villeneuve-la-garenne.example>: Recipient address rejected: User unknown in virtual mailbox table',
        ),
      },
    ];
  });
}
