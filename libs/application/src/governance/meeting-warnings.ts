import {
  addDays,
  clausesInForceOn,
  computeConventionDeadlines,
  ConventionDocument,
  ConventionGovernance,
  hostAlternationBreaks,
  IsoDate,
  resolveTermStart,
} from '@passerelle/domain';
import { Locale, translate } from '@passerelle/i18n';
import { DeadlineRecord } from '../ports/deadline.repository';
import { Meeting } from '../ports/governance.repository';
import { GovernanceWarning } from './governance-views';

/**
 * What officers should know about the committee's meetings: a meeting held on the same side as
 * the one before when the clause (in force on its date) asks for alternation, and every part of
 * a year that ended without the meeting the clause requires (its deadline past and neither done
 * nor waived).
 */
export function meetingWarnings(
  doc: ConventionDocument,
  governance: Pick<ConventionGovernance, 'amendments' | 'deadlines'>,
  meetings: Meeting[],
  records: DeadlineRecord[],
  today: IsoDate,
  locale: Locale,
): { byMeeting: Map<string, GovernanceWarning[]>; missed: GovernanceWarning[] } {
  const byMeeting = new Map<string, GovernanceWarning[]>(meetings.map((meeting) => [meeting.id, []]));
  for (const found of hostAlternationBreaks(meetings, doc.parties)) {
    const meeting = meetings.find((candidate) => candidate.id === found.meetingId)!;
    if (!clausesInForceOn(doc, governance.amendments, meeting.heldOn).committee?.alternatingHost) continue;
    byMeeting.get(found.meetingId)!.push({
      code: 'host_not_alternating',
      message: translate(locale, 'governance.warning.host_not_alternating', { ...found }),
      ...found,
    });
  }
  const missed: GovernanceWarning[] = [];
  const start = resolveTermStart(doc);
  if (start && start < today) {
    const closed = new Set(records.map((record) => `${record.kind}:${record.dueOn}`));
    for (const deadline of computeConventionDeadlines(doc, governance, {
      from: start,
      to: addDays(today, -1),
    })) {
      if (deadline.kind !== 'committee_meeting' || closed.has(deadline.key)) continue;
      const period = deadline.period ?? { from: start, to: deadline.dueOn };
      missed.push({
        code: 'missed_meeting',
        message: translate(locale, 'governance.warning.missed_meeting', {
          from: period.from,
          to: deadline.dueOn,
        }),
        period,
        dueOn: deadline.dueOn,
      });
    }
  }
  return { byMeeting, missed };
}
