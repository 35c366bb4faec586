import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  AgendaItem,
  Attendee,
  calendarDateIn,
  conventionGovernance,
  DomainError,
  IsoDate,
  normaliseAttendees,
  partyOf,
  sameMeeting,
  StoredConvention,
} from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { DeadlineRecord } from '../../ports/deadline.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { GovernedConventions, MeetingRepository } from '../../ports/governance';
import { committeeDeadlineOn, settleCommitteeDeadline } from '../committee-deadline';
import { rematerialise } from '../convention-governance';
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
    private readonly governed: GovernedConventions,
    private readonly meetings: MeetingRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  /** `convention`: the one the caller may change, resolved by the guard. */
  @Transactional()
  async execute(
    convention: StoredConvention,
    command: LogMeetingCommand,
    actor: Actor,
    locale: Locale,
  ): Promise<LoggedMeetingView> {
    const hostParty = partyOf(convention.parties, command.hostParty, 'hostParty');
    const attendees = normaliseAttendees(convention.parties, command.attendees ?? []);
    const now = this.clock.now();
    const today = calendarDateIn(now, convention.timeZone);
    const doc = await this.governed.lock(convention.id);
    const same = (await this.meetings.listOf(doc.id)).find((meeting) => meeting.heldOn === command.heldOn);
    if (same && !sameMeeting(same, { city: command.city, hostParty, country: command.country })) {
      throw new DomainError(
        'conflict',
        `heldOn: a meeting of the committee is already logged on ${command.heldOn}`,
        'heldOn',
      );
    }
    const meeting =
      same ??
      (await this.meetings.insert(
        {
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
        },
        actor,
      ));
    const governance = conventionGovernance(doc, await this.facts.factsOf(doc.id), today);
    const deadline = committeeDeadlineOn(doc, governance, meeting.heldOn);
    const record = deadline
      ? await settleCommitteeDeadline(this.governed, doc, deadline, meeting, actor)
      : null;
    if (!same) await rematerialise(this.governed, this.facts, doc, now);
    const meetings = await this.meetings.listOf(doc.id);
    const records = await this.governed.deadlineRecords(doc.id);
    const warnings = meetingWarnings(doc, governance, meetings, records, today, locale);
    // A meeting logged late may also make the next one repeat its side.
    const own = [...warnings.byMeeting.values()]
      .flat()
      .filter((warning) => warning.meetingId === meeting.id || warning.previousMeetingId === meeting.id);
    return {
      ...meeting,
      warnings: [...own, ...warnings.missed],
      committeeDeadline: deadline ? { ...deadline, record } : null,
    };
  }
}
