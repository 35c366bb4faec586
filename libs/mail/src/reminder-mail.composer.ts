import {
  ClaimedReminder,
  deadlineUid,
  OutgoingMail,
  ReminderLinks,
  ReminderMailComposer,
  ReminderView,
} from '@passerelle/application';
import { DEFAULT_REMINDER_POLICY, Language } from '@passerelle/domain';
import { formatDateLong, translate } from '@passerelle/i18n';
import { IcsText } from './ics-text';
import { renderTemplate } from './render-template';

/** "Villeneuve-la-Garenne – Tiznit": how officers name a convention. */
function conventionName(reminder: ClaimedReminder): string {
  const parties = reminder.deadline?.partyNames ?? [];
  return parties.length >= 2
    ? parties.join(' – ')
    : (reminder.deadline?.conventionTitle ?? reminder.reference);
}

/** One event a mail: the calendar's envelope is the same for every mail (see IcsText). */
const REMINDER_ICS = IcsText.of({
  name: 'Passerelle',
  prodId: { company: 'Passerelle', product: 'reminders' },
});

export function reminderSubject(reminder: ClaimedReminder, language: Language): string {
  const params = {
    kind: translate(language, `deadline.kind.${reminder.kind}`),
    convention: conventionName(reminder),
    dueOn: reminder.dueOn,
    days: Math.abs(reminder.daysLeft),
  };
  const variant = reminder.daysLeft > 0 ? 'lead' : reminder.daysLeft === 0 ? 'today' : 'overdue';
  return translate(language, `mail.reminder.subject.${variant}`, params);
}

export class TemplateReminderMailComposer extends ReminderMailComposer {
  reminder(reminder: ClaimedReminder, links: ReminderLinks): OutgoingMail {
    const language = reminder.recipientUser.language;
    const values = this.values(reminder, links, language);
    return {
      to: reminder.recipientUser.email,
      subject: reminderSubject(reminder, language),
      text: renderTemplate(`reminder.${language}.txt`, values),
      html: renderTemplate(`reminder.${language}.html`, values),
      headers: {
        'List-Unsubscribe': `<${links.unfollow}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'X-Passerelle-Reminder': reminder.id,
      },
      attachments: [
        {
          filename: 'echeance.ics',
          content: this.ics(reminder, links, language),
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ],
    };
  }

  digest(
    recipient: { email: string; name: string; language: Language },
    items: Array<{ reminder: ClaimedReminder; links: ReminderLinks }>,
    unfollowAll: string,
  ): OutgoingMail {
    const language = recipient.language;
    const values = {
      name: recipient.name,
      unfollowLink: unfollowAll,
      items: items.map(({ reminder, links }) => ({
        subject: reminderSubject(reminder, language),
        conventionLink: links.convention,
        markDoneLink: links.markDone,
      })),
    };
    return {
      to: recipient.email,
      subject: translate(language, 'mail.digest.subject', { count: items.length }),
      text: renderTemplate(`digest.${language}.txt`, values),
      html: renderTemplate(`digest.${language}.html`, values),
      headers: {
        'List-Unsubscribe': `<${unfollowAll}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  deliveryFailed(
    admin: { email: string; language: Language },
    failed: ReminderView,
    error: string,
  ): OutgoingMail {
    const values = {
      attempts: failed.attempts,
      reference: failed.reference,
      kind: translate(admin.language, `deadline.kind.${failed.kind}`),
      dueOn: formatDateLong(failed.dueOn, admin.language),
      recipient: failed.recipient,
      error,
    };
    return {
      to: admin.email,
      subject: translate(admin.language, 'mail.delivery_failed.subject', { reference: failed.reference }),
      text: renderTemplate(`delivery-failed.${admin.language}.txt`, values),
    };
  }

  private values(reminder: ClaimedReminder, links: ReminderLinks, language: Language) {
    const days = Math.abs(reminder.daysLeft);
    const variant = reminder.daysLeft > 0 ? 'lead' : reminder.daysLeft === 0 ? 'today' : 'overdue';
    const escalation = reminder.escalation
      ? ` ${translate(language, 'mail.reminder.escalation', { days: DEFAULT_REMINDER_POLICY.escalateAfterDays })}`
      : '';
    return {
      name: reminder.recipientUser.name,
      headline: `${translate(language, `mail.reminder.headline.${variant}`, { days })}${escalation}`,
      conventionTitle: reminder.deadline?.conventionTitle ?? reminder.reference,
      reference: reminder.reference,
      writtenBy: reminder.deadline?.writtenBy ?? translate(language, 'mail.reminder.written_by_platform'),
      kindLabel: translate(language, `deadline.kind.${reminder.kind}`),
      dueOnLong: formatDateLong(reminder.dueOn, language),
      catchUp: reminder.catchUp,
      quote: reminder.deadline?.sourceQuote ?? '',
      article: reminder.deadline?.sourceArticle ?? '',
      whatToDo: translate(language, `mail.reminder.todo.${reminder.kind}`),
      conventionLink: links.convention,
      markDoneLink: links.markDone,
      unfollowLink: links.unfollow,
    };
  }

  private ics(reminder: ClaimedReminder, links: ReminderLinks, language: Language): string {
    const deadline = reminder.deadline;
    return REMINDER_ICS.write([
      {
        id: deadlineUid({
          conventionId: reminder.conventionId,
          kind: reminder.kind,
          dueOn: reminder.dueOn,
          termIndex: deadline?.termIndex ?? null,
          planYear: deadline?.planYear ?? null,
          periodFrom: deadline?.periodFrom ?? null,
        }),
        start: new Date(`${reminder.dueOn}T00:00:00Z`),
        allDay: true,
        summary: `${translate(language, `deadline.kind.${reminder.kind}`)} — ${conventionName(reminder)}`,
        description: `${deadline?.conventionTitle ?? reminder.reference}\n${links.convention}`,
        url: links.convention,
      },
    ]);
  }
}
