import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  assertMeetingCorrectable,
  calendarDateIn,
  conventionGovernance,
  DomainError,
  Meeting,
  normaliseAttendees,
  partyOf,
  StoredConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import {
  ActionPlanRepository,
  EvaluationRepository,
  GovernedConventions,
  MeetingChange,
  MeetingRepository,
  MinutesRepository,
} from '../../ports/governance';
import {
  committeeDeadlineOn,
  releaseCommitteeDeadline,
  settleCommitteeDeadline,
} from '../committee-deadline';
import { rematerialise } from '../convention-governance';
import { LogMeetingCommand } from '../log-meeting/log-meeting.use-case';
import { meetingDependants } from '../meeting-dependants';
import { meetingOf } from '../minutes-context';

export type UpdateMeetingCommand = Partial<LogMeetingCommand>;

/**
 * Corrects a logged meeting (docs/api.md#correcting-or-deleting-a-meeting): any of its fields,
 * until its minutes are executory. A new date moves the committee_meeting deadline it satisfied
 * (the old period's record is removed when no other meeting is held in it, the new one's is
 * recorded done). A change that changes nothing writes nothing (a retried PATCH).
 */
@Injectable()
export class UpdateMeetingUseCase {
  constructor(
    private readonly governed: GovernedConventions,
    private readonly meetings: MeetingRepository,
    private readonly minutes: MinutesRepository,
    private readonly plans: ActionPlanRepository,
    private readonly evaluations: EvaluationRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  private ports() {
    return {
      meetings: this.meetings,
      minutes: this.minutes,
      plans: this.plans,
      evaluations: this.evaluations,
    };
  }

  @Transactional()
  async execute(
    convention: StoredConvention,
    meetingId: string,
    command: UpdateMeetingCommand,
    actor: Actor,
  ): Promise<Meeting> {
    const doc = await this.governed.lock(convention.id);
    const meeting = await meetingOf(this.meetings, doc, meetingId);
    const change = changeOf(doc, meeting, command);
    if (Object.keys(change).length === 0) return meeting;
    const now = this.clock.now();
    const governance = conventionGovernance(
      doc,
      await this.facts.factsOf(doc.id),
      calendarDateIn(now, doc.timeZone),
    );
    assertMeetingCorrectable(await meetingDependants(this.ports(), doc, governance, meeting), {
      heldOn: change.heldOn,
      heldOnBefore: meeting.heldOn,
      agendaLength: change.agenda?.length,
    });
    const others = (await this.meetings.listOf(doc.id)).filter((other) => other.id !== meeting.id);
    if (change.heldOn !== undefined) {
      if (others.some((other) => other.heldOn === change.heldOn))
        throw new DomainError(
          'conflict',
          `heldOn: a meeting of the committee is already logged on ${change.heldOn}`,
          'heldOn',
        );
      await releaseCommitteeDeadline(this.governed, doc, governance, meeting, others, actor);
    }
    const updated = await this.meetings.update(meeting.id, change, actor);
    if (change.heldOn !== undefined) {
      const deadline = committeeDeadlineOn(doc, governance, updated.heldOn);
      if (deadline) await settleCommitteeDeadline(this.governed, doc, deadline, updated, actor);
    }
    await rematerialise(this.governed, this.facts, doc, now);
    return updated;
  }
}

/** The fields that differ from the meeting as stored, checked and trimmed like a new meeting's. */
function changeOf(doc: StoredConvention, meeting: Meeting, command: UpdateMeetingCommand): MeetingChange {
  const next: MeetingChange = {};
  if (command.heldOn !== undefined) next.heldOn = command.heldOn;
  if (command.city !== undefined) next.city = command.city.trim();
  if (command.country !== undefined) next.country = command.country;
  if (command.hostParty !== undefined) next.hostParty = partyOf(doc.parties, command.hostParty, 'hostParty');
  if (command.convenedBy !== undefined) next.convenedBy = command.convenedBy?.trim() || null;
  if (command.agenda !== undefined)
    next.agenda = command.agenda.map((item) => ({
      title: item.title.trim(),
      description: item.description ?? null,
    }));
  if (command.attendees !== undefined) next.attendees = normaliseAttendees(doc.parties, command.attendees);
  if (next.city === '') throw new DomainError('invalid_input', 'city: must not be blank', 'city');
  const change: MeetingChange = {};
  for (const key of Object.keys(next) as Array<keyof MeetingChange>) {
    if (JSON.stringify(next[key]) !== JSON.stringify(meeting[key]))
      Object.assign(change, { [key]: next[key] });
  }
  return change;
}
