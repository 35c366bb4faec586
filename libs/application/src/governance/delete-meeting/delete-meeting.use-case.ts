import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  assertMeetingDeletable,
  calendarDateIn,
  conventionGovernance,
  StoredConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import {
  ActionPlanRepository,
  EvaluationRepository,
  GovernedConventions,
  MeetingRepository,
  MinutesRepository,
} from '../../ports/governance';
import { releaseCommitteeDeadline } from '../committee-deadline';
import { rematerialise } from '../convention-governance';
import { meetingDependants } from '../meeting-dependants';
import { meetingOf } from '../minutes-context';

/**
 * Deletes a meeting logged by mistake, with its decisions and unsigned minutes
 * (docs/api.md#correcting-or-deleting-a-meeting). The committee_meeting deadline it satisfied is
 * open again unless another meeting is held in that period. Deleting what is gone is a 404.
 */
@Injectable()
export class DeleteMeetingUseCase {
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
  async execute(convention: StoredConvention, meetingId: string, actor: Actor): Promise<void> {
    const doc = await this.governed.lock(convention.id);
    const meeting = await meetingOf(this.meetings, doc, meetingId);
    const now = this.clock.now();
    const governance = conventionGovernance(
      doc,
      await this.facts.factsOf(doc.id),
      calendarDateIn(now, doc.timeZone),
    );
    assertMeetingDeletable(await meetingDependants(this.ports(), doc, governance, meeting));
    const others = (await this.meetings.listOf(doc.id)).filter((other) => other.id !== meeting.id);
    await releaseCommitteeDeadline(this.governed, doc, governance, meeting, others, actor);
    await this.meetings.delete(meeting.id, actor);
    await rematerialise(this.governed, this.facts, doc, now);
  }
}
