import { Injectable } from '@nestjs/common';
import { StoredConvention } from '@passerelle/domain';
import { GovernanceReader } from '../../ports/governance-reader';
import { AttachmentRepository, MeetingRepository, MinutesRepository } from '../../ports/governance';
import { governanceOf } from '../convention-governance';
import { minutesView, MinutesView } from '../governance-views';
import { meetingOf, minutesWithMeeting, signatoriesOn } from '../minutes-context';

/** Every version of a meeting's minutes, oldest first (the history keeps corrected ones). */
@Injectable()
export class ListMinutesUseCase {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly minutes: MinutesRepository,
    private readonly attachments: AttachmentRepository,
    private readonly facts: GovernanceReader,
  ) {}

  async execute(convention: StoredConvention, meetingId: string): Promise<MinutesView[]> {
    const meeting = await meetingOf(this.meetings, convention, meetingId);
    const signatories = signatoriesOn(convention, await governanceOf(this.facts, convention), meeting);
    const files = await this.attachments.listOf(convention.id);
    return (await this.minutes.ofMeeting(meetingId)).map((minutes) =>
      minutesView(minutes, signatories, files),
    );
  }

  /** One version of the minutes. */
  async one(convention: StoredConvention, minutesId: string): Promise<MinutesView> {
    const governance = await governanceOf(this.facts, convention);
    const { minutes, signatories } = await minutesWithMeeting(
      { minutes: this.minutes, meetings: this.meetings },
      convention,
      governance,
      minutesId,
    );
    return minutesView(minutes, signatories, await this.attachments.listOf(convention.id));
  }
}
