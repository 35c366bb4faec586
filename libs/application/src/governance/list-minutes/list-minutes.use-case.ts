import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { governanceOf } from '../convention-governance';
import { conventionFor } from '../governance-access';
import { minutesView, MinutesView } from '../governance-views';
import { signatoriesOn } from '../minutes-context';

/** Every version of a meeting's minutes, oldest first (the history keeps corrected ones). */
@Injectable()
export class ListMinutesUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(meetingId: string, actor: Actor): Promise<MinutesView[]> {
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
    const signatories = signatoriesOn(convention, await governanceOf(this.governance, convention), meeting);
    const files = await this.governance.files(convention.id);
    return (await this.governance.minutesOf(meetingId)).map((minutes) =>
      minutesView(minutes, signatories, files),
    );
  }

  /** One version of the minutes. */
  async one(minutesId: string, actor: Actor): Promise<MinutesView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'minutes',
      minutesId,
      actor,
      'read',
    );
    const minutes = await this.governance.minutes(minutesId);
    const meeting = minutes && (await this.governance.meeting(minutes.meetingId));
    if (!minutes || !meeting) throw new DomainError('not_found', `minutes ${minutesId} not found`, 'id');
    const signatories = signatoriesOn(convention, await governanceOf(this.governance, convention), meeting);
    return minutesView(minutes, signatories, await this.governance.files(convention.id));
  }
}
