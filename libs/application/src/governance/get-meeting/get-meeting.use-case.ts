import { Injectable } from '@nestjs/common';
import { Actor, calendarDateIn, clausesInForceOn, DomainError } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineRepository } from '../../ports/deadline.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { governanceOf } from '../convention-governance';
import { conventionFor } from '../governance-access';
import { decisionView, MeetingDetailView, minutesView } from '../governance-views';
import { meetingWarnings } from '../meeting-warnings';

/** One meeting with its decisions and every version of its minutes. */
@Injectable()
export class GetMeetingUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(meetingId: string, actor: Actor, locale: Locale): Promise<MeetingDetailView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'meeting',
      meetingId,
      actor,
      'read',
    );
    const meeting = await this.governance.meeting(meetingId);
    if (!meeting) throw new DomainError('not_found', `meeting ${meetingId} not found`, 'id');
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const governance = await governanceOf(this.governance, convention, today);
    const warnings = meetingWarnings(
      convention,
      governance,
      await this.governance.meetings(convention.id),
      await this.deadlines.recordsFor(convention.id),
      today,
      locale,
    );
    const signatories =
      clausesInForceOn(convention, governance.amendments, meeting.heldOn).committee?.minutesSignatories ?? [];
    const files = await this.governance.files(convention.id);
    return {
      ...meeting,
      warnings: warnings.byMeeting.get(meeting.id) ?? [],
      decisions: (await this.governance.decisionsOf(meeting.id)).map(decisionView),
      minutes: (await this.governance.minutesOf(meeting.id)).map((minutes) =>
        minutesView(minutes, signatories, files),
      ),
    };
  }
}
