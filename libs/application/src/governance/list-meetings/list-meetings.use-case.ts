import { Injectable } from '@nestjs/common';
import { calendarDateIn, StoredConvention } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { DeadlineRepository } from '../../ports/deadline.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { MeetingRepository } from '../../ports/governance';
import { governanceOf } from '../convention-governance';
import { GovernanceWarning, MeetingView } from '../governance-views';
import { meetingWarnings } from '../meeting-warnings';

/** The committee's meetings by date, each with its warnings, and the years that passed without one. */
@Injectable()
export class ListMeetingsUseCase {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly facts: GovernanceReader,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(
    convention: StoredConvention,
    locale: Locale,
  ): Promise<{ items: MeetingView[]; warnings: GovernanceWarning[] }> {
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const governance = await governanceOf(this.facts, convention, today);
    const meetings = await this.meetings.listOf(convention.id);
    const records = await this.deadlines.recordsFor(convention.id);
    const warnings = meetingWarnings(convention, governance, meetings, records, today, locale);
    return {
      items: meetings.map((meeting) => ({ ...meeting, warnings: warnings.byMeeting.get(meeting.id) ?? [] })),
      warnings: warnings.missed,
    };
  }
}
