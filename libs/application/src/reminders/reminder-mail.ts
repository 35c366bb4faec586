import { Language } from '@passerelle/domain';
import { ClaimedReminder, ReminderView } from '../ports/reminder.repository';
import { OutgoingMail } from '../ports/mailer';

/** What a reminder mail links to, minted per mail. */
export interface ReminderLinks {
  convention: string;
  /** Null for a viewer: reads only, so no link they could not use. */
  markDone: string | null;
  unfollow: string;
}

/** Renders reminder mails from the template files (libs/mail); no strings in code. */
export abstract class ReminderMailComposer {
  abstract reminder(reminder: ClaimedReminder, links: ReminderLinks): OutgoingMail;
  abstract digest(
    recipient: { email: string; name: string; language: Language },
    items: Array<{ reminder: ClaimedReminder; links: ReminderLinks }>,
    unfollowAll: string,
  ): OutgoingMail;
  abstract deliveryFailed(
    admin: { email: string; language: Language },
    failed: ReminderView,
    error: string,
  ): OutgoingMail;
}
