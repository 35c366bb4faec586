import { Injectable } from '@nestjs/common';
import { Actor, calendarDateIn } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineRepository } from '../../ports/deadline.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { governanceOf } from '../convention-governance';
import { conventionFor } from '../governance-access';
import { GovernanceWarning, MeetingView } from '../governance-views';
import { meetingWarnings } from '../meeting-warnings';

/** The committee's meetings by date, each with its warnings, and the years that passed without one. */
@Injectable()
export class ListMeetingsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(
    conventionId: string,
    actor: Actor,
    locale: Locale,
  ): Promise<{ items: MeetingView[]; warnings: GovernanceWarning[] }> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'read',
    );
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const governance = await governanceOf(this.governance, convention, today);
    const meetings = await this.governance.meetings(convention.id);
    const records = await this.deadlines.recordsFor(convention.id);
    const warnings = meetingWarnings(convention, governance, meetings, records, today, locale);
    return {
      items: meetings.map((meeting) => ({ ...meeting, warnings: warnings.byMeeting.get(meeting.id) ?? [] })),
      warnings: warnings.missed,
    };
  }
}
