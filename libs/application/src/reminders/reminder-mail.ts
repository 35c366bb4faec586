import { Language } from '@passerelle/domain';
import { ClaimedReminder, FollowedConvention, ReminderView } from '../ports/reminder.repository';
import { OutgoingMail } from '../ports/mailer';

/** What a reminder mail links to, minted per mail. */
export interface ReminderLinks {
  convention: string;
  /** Null for a viewer: reads only, so no link they could not use. */
  markDone: string | null;
  /** Null for an organization's deadline (apd_declaration): no convention's mute reaches it. */
  unfollow: string | null;
}

/** One deadline in a mail that holds several: the claimed row and its own links. */
export interface ReminderMailItem {
  reminder: ClaimedReminder;
  links: ReminderLinks;
}

export interface ReminderMailRecipient {
  email: string;
  name: string;
  language: Language;
  /** The recipient's organization, named in the subject and the header (null: an admin). */
  organizationName: string | null;
}

/**
 * Several reminders due to one person at one sending moment, in one mail. Items are sorted
 * overdue first (most late first), then by date; `overdue` counts the items past their date.
 */
export interface GroupedReminderMail {
  recipient: ReminderMailRecipient;
  items: ReminderMailItem[];
  overdue: number;
  /** The one-click unsubscribe from every convention the mail names (null: it names none). */
  unfollow: string | null;
}

/**
 * The one mail a person gets when they start following conventions (new account, joined an
 * organization, a party link accepted, an import): what they now follow, and what is owed now
 * (overdue first), each owed deadline with its own links. Replaces a catch-up per deadline.
 */
export interface WelcomeMail {
  recipient: ReminderMailRecipient;
  /** Every convention the person now follows, with a link to it. */
  following: Array<FollowedConvention & { link: string }>;
  items: ReminderMailItem[];
  overdue: number;
  /** The one-click unsubscribe from every convention the mail names (null: it names none). */
  unfollow: string | null;
}

/** Renders reminder mails from the template files (libs/mail); no strings in code. */
export abstract class ReminderMailComposer {
  abstract reminder(reminder: ClaimedReminder, links: ReminderLinks): OutgoingMail;
  /** Several reminders of one sending moment (not a digest reader's week). */
  abstract grouped(mail: GroupedReminderMail): OutgoingMail;
  abstract welcome(mail: WelcomeMail): OutgoingMail;
  abstract digest(
    recipient: ReminderMailRecipient,
    items: Array<{ reminder: ClaimedReminder; links: ReminderLinks }>,
    unfollowAll: string | null,
  ): OutgoingMail;
  abstract deliveryFailed(
    admin: { email: string; language: Language },
    failed: ReminderView,
    error: string,
  ): OutgoingMail;
}
