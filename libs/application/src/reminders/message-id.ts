import { createHash } from 'node:crypto';

/**
 * The Message-ID of a reminder mail, the same on every attempt: a receiving system (or an
 * officer) recognises a copy sent again after a crash. One reminder row is one (deadline, step,
 * recipient); a mail grouping several rows (the digest) is named by the sorted set of its rows.
 */
export function reminderMessageId(reminderIds: string[], domain: string): string {
  const ids = [...new Set(reminderIds)].sort();
  if (ids.length === 1) return `<reminder.${ids[0]}@${domain}>`;
  const digest = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 32);
  return `<reminders.${digest}@${domain}>`;
}

/** The right-hand side of our Message-IDs: the host of PUBLIC_URL (`passerelle.localhost` if none). */
export function messageIdDomain(publicUrl: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([A-Za-z0-9.-]+)/i.exec(publicUrl.trim());
  const host = match?.[1].toLowerCase() ?? '';
  return host.includes('.') ? host : `${host || 'passerelle'}.localhost`;
}
