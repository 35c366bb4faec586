import { Injectable } from '@nestjs/common';
import { calendarDateIn, clausesInForceOn, StoredConvention } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { DeadlineRepository } from '../../ports/deadline.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { AttachmentRepository, MeetingRepository, MinutesRepository } from '../../ports/governance';
import { governanceOf } from '../convention-governance';
import { decisionView, MeetingDetailView, minutesView } from '../governance-views';
import { meetingWarnings } from '../meeting-warnings';
import { meetingOf } from '../minutes-context';

/** One meeting with its decisions and every version of its minutes. */
@Injectable()
export class GetMeetingUseCase {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly minutes: MinutesRepository,
    private readonly attachments: AttachmentRepository,
    private readonly facts: GovernanceReader,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: ClockPort,
  ) {}

  /** `convention`: the meeting's, which the caller may see (resolved by the guard). */
  async execute(convention: StoredConvention, meetingId: string, locale: Locale): Promise<MeetingDetailView> {
    const meeting = await meetingOf(this.meetings, convention, meetingId);
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const governance = await governanceOf(this.facts, convention, today);
    const warnings = meetingWarnings(
      convention,
      governance,
      await this.meetings.listOf(convention.id),
      await this.deadlines.recordsFor(convention.id),
      today,
      locale,
    );
    const signatories =
      clausesInForceOn(convention, governance.amendments, meeting.heldOn).committee?.minutesSignatories ?? [];
    const files = await this.attachments.listOf(convention.id);
    return {
      ...meeting,
      warnings: warnings.byMeeting.get(meeting.id) ?? [],
      decisions: (await this.meetings.decisionsOf(meeting.id)).map(decisionView),
      minutes: (await this.minutes.ofMeeting(meeting.id)).map((minutes) =>
        minutesView(minutes, signatories, files),
      ),
    };
  }
}
