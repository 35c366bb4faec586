import { Injectable } from '@nestjs/common';
import {
  Actor,
  addMonthsClamped,
  calendarDateIn,
  computeConventionDeadlines,
  conventionGovernance,
  DomainError,
  findPartyName,
  IsoDate,
} from '@passerelle/domain';
import { Locale, translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineRecord } from '../../ports/deadline.repository';
import { AgendaItem, Attendee, GovernanceRepository } from '../../ports/governance.repository';
import { rematerialiseIn } from '../convention-governance';
import { conventionFor } from '../governance-access';
import { MeetingView } from '../governance-views';
import { meetingWarnings } from '../meeting-warnings';

export interface LogMeetingCommand {
  heldOn: IsoDate;
  city: string;
  country: string;
  hostParty: string;
  convenedBy?: string | null;
  agenda?: AgendaItem[];
  attendees?: Attendee[];
}

export interface LoggedMeetingView extends MeetingView {
  /** The committee_meeting deadline of the part of the year the meeting was held in, now done. */
  committeeDeadline: {
    kind: 'committee_meeting';
    dueOn: IsoDate;
    period?: { from: IsoDate; to: IsoDate };
    record: DeadlineRecord | null;
  } | null;
}

/**
 * Logs a meeting of the convention's committee. The meeting satisfies the committee_meeting
 * deadline of the part of the year it was held in (recorded done, like an officer would, unless
 * already done); the answer warns when the host breaks the alternation the clause asks for and
 * for every part of a year that passed without a meeting. One meeting a day: the same meeting
 * logged again is returned as it is, a different one is a 409.
 */
@Injectable()
export class LogMeetingUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(
    conventionId: string,
    command: LogMeetingCommand,
    actor: Actor,
    locale: Locale,
  ): Promise<LoggedMeetingView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'write',
    );
    const hostParty = findPartyName(convention.parties, command.hostParty);
    if (!hostParty) {
      throw new DomainError(
        'invalid_input',
        `hostParty: "${command.hostParty}" is not a party of the convention`,
        'hostParty',
      );
    }
    const attendees = (command.attendees ?? []).map((attendee, index) => {
      const party = findPartyName(convention.parties, attendee.party);
      if (!party) {
        const field = `attendees[${index}].party`;
        throw new DomainError(
          'invalid_input',
          `${field}: "${attendee.party}" is not a party of the convention`,
          field,
        );
      }
      return { party, name: attendee.name.trim(), role: attendee.role ?? null };
    });
    const now = this.clock.now();
    const today = calendarDateIn(now, convention.timeZone);
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const doc = await tx.convention();
      const same = (await tx.meetings()).find((meeting) => meeting.heldOn === command.heldOn);
      if (
        same &&
        (same.city !== command.city.trim() ||
          same.hostParty !== hostParty ||
          same.country !== command.country)
      ) {
        throw new DomainError(
          'conflict',
          `heldOn: a meeting of the committee is already logged on ${command.heldOn}`,
          'heldOn',
        );
      }
      const meeting =
        same ??
        (await tx.insertMeeting({
          conventionId: doc.id,
          heldOn: command.heldOn,
          city: command.city.trim(),
          country: command.country,
          hostParty,
          convenedBy: command.convenedBy?.trim() || null,
          agenda: (command.agenda ?? []).map((item) => ({
            title: item.title.trim(),
            description: item.description ?? null,
          })),
          attendees,
        }));
      const governance = conventionGovernance(doc, await tx.facts(), today);
      const deadline = computeConventionDeadlines(doc, governance, {
        from: meeting.heldOn,
        to: addMonthsClamped(meeting.heldOn, 12),
      }).find(
        (candidate) =>
          candidate.kind === 'committee_meeting' &&
          candidate.period !== undefined &&
          candidate.period.from <= meeting.heldOn &&
          meeting.heldOn <= candidate.period.to,
      );
      let record: DeadlineRecord | null = null;
      if (deadline) {
        record =
          (await tx.deadlineRecords()).find((r) => r.kind === deadline.kind && r.dueOn === deadline.dueOn) ??
          null;
        if (record?.state !== 'done') {
          record = await tx.settleDeadline({
            kind: 'committee_meeting',
            dueOn: deadline.dueOn,
            state: 'done',
            doneOn: meeting.heldOn,
            note: translate(actor.language, 'governance.note.meeting_held', {
              heldOn: meeting.heldOn,
              city: meeting.city,
            }),
            reason: null,
          });
        }
      }
      if (!same) await rematerialiseIn(tx, doc, now);
      const meetings = await tx.meetings();
      const warnings = meetingWarnings(doc, governance, meetings, await tx.deadlineRecords(), today, locale);
      // A meeting logged late may also make the next one repeat its side.
      const own = [...warnings.byMeeting.values()]
        .flat()
        .filter((warning) => warning.meetingId === meeting.id || warning.previousMeetingId === meeting.id);
      return {
        ...meeting,
        warnings: [...own, ...warnings.missed],
        committeeDeadline: deadline
          ? {
              kind: 'committee_meeting',
              dueOn: deadline.dueOn,
              ...(deadline.period ? { period: deadline.period } : {}),
              record,
            }
          : null,
      };
    });
  }
}
