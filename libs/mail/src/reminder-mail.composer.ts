import {
  ClaimedReminder,
  deadlineUid,
  GroupedReminderMail,
  OutgoingMail,
  ReminderLinks,
  ReminderMailComposer,
  ReminderMailItem,
  ReminderMailRecipient,
  ReminderView,
  WelcomeMail,
} from '@passerelle/application';
import { DEFAULT_REMINDER_POLICY, Language } from '@passerelle/domain';
import { formatDateLong, translate } from '@passerelle/i18n';
import { IcsText } from './ics-text';
import { renderTemplate } from './render-template';

/** "Villeneuve-la-Garenne – Tiznit": how officers name a convention. */
function conventionName(reminder: ClaimedReminder): string {
  return nameOf(
    reminder.deadline?.partyNames ?? [],
    reminder.deadline?.conventionTitle ?? reminder.reference,
  );
}

function nameOf(parties: string[], title: string): string {
  return parties.length >= 2 ? parties.join(' – ') : title;
}

/** The APD page (apps/web `/apd`), at the same origin as the convention link. */
function declarationLink(links: ReminderLinks): string {
  return links.convention.replace(/\/conventions\/[^/]+$/, '/apd');
}

/**
 * RFC 8058: a provider POSTs `List-Unsubscribe=One-Click` to the link, which stops what the mail
 * is about (the conventions it names). None when it names none (organization deadlines only).
 */
function oneClickUnsubscribe(link: string | null): Record<string, string> {
  return link
    ? { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
    : {};
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
    // The header names the recipient's organization; none (an admin): Passerelle alone.
    const values = {
      ...this.values(reminder, links, language),
      organizationName: reminder.recipientUser.organizationName,
    };
    return {
      to: reminder.recipientUser.email,
      subject: reminderSubject(reminder, language),
      text: renderTemplate(`reminder.${language}.txt`, values),
      html: renderTemplate(`reminder.${language}.html`, values),
      headers: { ...oneClickUnsubscribe(links.unfollow), 'X-Passerelle-Reminder': reminder.id },
      attachments: [
        {
          filename: 'echeance.ics',
          content: this.ics([{ reminder, links }], language),
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ],
    };
  }

  grouped(mail: GroupedReminderMail): OutgoingMail {
    const language = mail.recipient.language;
    const values = {
      ...this.common(mail.recipient),
      count: mail.items.length,
      overdueCount: mail.overdue,
      items: this.items(mail.items, language),
      unfollowLink: mail.unfollow,
    };
    const variant = mail.overdue > 0 ? 'subject_overdue' : 'subject';
    return {
      to: mail.recipient.email,
      subject: translate(language, `mail.grouped.${variant}`, {
        count: mail.items.length,
        overdue: mail.overdue,
        organization: values.organizationName,
      }),
      text: renderTemplate(`grouped.${language}.txt`, values),
      html: renderTemplate(`grouped.${language}.html`, values),
      headers: {
        ...oneClickUnsubscribe(mail.unfollow),
        'X-Passerelle-Reminders': mail.items.map((item) => item.reminder.id).join(' '),
      },
      attachments: [this.icsAttachment(mail.items, language)],
    };
  }

  welcome(mail: WelcomeMail): OutgoingMail {
    const language = mail.recipient.language;
    const values = {
      ...this.common(mail.recipient),
      followingLine: translate(language, 'mail.welcome.following', { count: mail.following.length }),
      overdueLine:
        mail.overdue > 0 ? translate(language, 'mail.welcome.overdue', { count: mail.overdue }) : '',
      weeklyLine: mail.overdue > 0 ? translate(language, 'mail.welcome.weekly') : '',
      following: mail.following.map((convention) => ({
        followedName: nameOf(convention.partyNames, convention.conventionTitle),
        followedReference: convention.reference,
        followedLink: convention.link,
        followedNext: convention.next
          ? translate(language, 'mail.welcome.next', {
              kind: translate(language, `deadline.kind.${convention.next.kind}`),
              dueOn: convention.next.dueOn,
            })
          : translate(language, 'mail.welcome.no_next'),
      })),
      hasItems: mail.items.length > 0,
      items: this.items(mail.items, language),
      unfollowLink: mail.unfollow,
    };
    return {
      to: mail.recipient.email,
      subject: translate(language, 'mail.welcome.subject', { organization: values.organizationName }),
      text: renderTemplate(`welcome.${language}.txt`, values),
      html: renderTemplate(`welcome.${language}.html`, values),
      headers: {
        ...oneClickUnsubscribe(mail.unfollow),
        'X-Passerelle-Reminders': mail.items.map((item) => item.reminder.id).join(' '),
      },
      attachments: mail.items.length ? [this.icsAttachment(mail.items, language)] : [],
    };
  }

  digest(
    recipient: ReminderMailRecipient,
    items: Array<{ reminder: ClaimedReminder; links: ReminderLinks }>,
    unfollowAll: string | null,
  ): OutgoingMail {
    const language = recipient.language;
    const values = {
      ...this.common(recipient),
      unfollowLink: unfollowAll,
      // Each deadline as in a single reminder (article, quote, what to do, its own buttons).
      overdueCount: items.filter(({ reminder }) => reminder.daysLeft < 0).length,
      items: this.items(items, language),
    };
    return {
      to: recipient.email,
      subject: translate(language, 'mail.digest.subject', { count: items.length }),
      text: renderTemplate(`digest.${language}.txt`, values),
      html: renderTemplate(`digest.${language}.html`, values),
      headers: oneClickUnsubscribe(unfollowAll),
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
      html: renderTemplate(`delivery-failed.${admin.language}.html`, values),
    };
  }

  private values(reminder: ClaimedReminder, links: ReminderLinks, language: Language) {
    const days = Math.abs(reminder.daysLeft);
    const variant = reminder.daysLeft > 0 ? 'lead' : reminder.daysLeft === 0 ? 'today' : 'overdue';
    // Only to those written to because of the escalation, never to the officer herself.
    const escalation = reminder.byEscalation
      ? ` ${translate(language, 'mail.reminder.escalation', { days: DEFAULT_REMINDER_POLICY.escalateAfterDays })}`
      : '';
    // An organization's own deadline (apd_declaration) is settled on the declaration page, not on
    // the convention it is reminded through.
    const organization = reminder.deadline?.organizationId ? reminder.deadline.conventionTitle : null;
    return {
      name: reminder.recipientUser.name,
      onConvention: !organization,
      organization,
      headline: `${translate(language, `mail.reminder.headline.${variant}`, { days })}${escalation}`,
      conventionTitle: reminder.deadline?.conventionTitle ?? reminder.reference,
      reference: reminder.reference,
      writtenBy: reminder.deadline?.writtenBy ?? translate(language, 'mail.reminder.written_by_platform'),
      kindLabel: translate(language, `deadline.kind.${reminder.kind}`),
      dueOnLong: formatDateLong(reminder.dueOn, language),
      catchUp: reminder.catchUp,
      catchUpReason: translate(language, `mail.reminder.catch_up.${reminder.reason}`),
      subject: reminderSubject(reminder, language),
      conventionName: conventionName(reminder),
      overdue: reminder.daysLeft < 0,
      quote: reminder.deadline?.sourceQuote ?? '',
      article: reminder.deadline?.sourceArticle ?? '',
      whatToDo: translate(language, `mail.reminder.todo.${reminder.kind}`),
      conventionLink: organization ? declarationLink(links) : links.convention,
      markDoneLink: organization ? null : links.markDone,
      unfollowLink: links.unfollow,
    };
  }

  private common(recipient: ReminderMailRecipient) {
    return {
      name: recipient.name,
      organizationName: recipient.organizationName ?? 'Passerelle',
    };
  }

  /** Each deadline of a mail holding several, with the values a single reminder has. */
  private items(items: ReminderMailItem[], language: Language) {
    return items.map(({ reminder, links }) => this.values(reminder, links, language));
  }

  private icsAttachment(items: ReminderMailItem[], language: Language) {
    return {
      filename: 'echeances.ics',
      content: this.ics(items, language),
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    };
  }

  private ics(items: ReminderMailItem[], language: Language): string {
    return REMINDER_ICS.write(items.map(({ reminder, links }) => this.event(reminder, links, language)));
  }

  private event(reminder: ClaimedReminder, links: ReminderLinks, language: Language) {
    const deadline = reminder.deadline;
    return {
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
    };
  }
}
