import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  calendarDateIn,
  circulateMinutes,
  conventionGovernance,
  DomainError,
  IsoDate,
  StoredConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import {
  AttachmentRepository,
  GovernedConventions,
  MeetingRepository,
  MinutesRepository,
} from '../../ports/governance';
import { minutesView, MinutesView } from '../governance-views';
import { assertCurrent, minutesWithMeeting } from '../minutes-context';

/** Sends a draft to the signatories: from then on it is locked. Circulating again changes nothing. */
@Injectable()
export class CirculateMinutesUseCase {
  constructor(
    private readonly governed: GovernedConventions,
    private readonly meetings: MeetingRepository,
    private readonly minutes: MinutesRepository,
    private readonly attachments: AttachmentRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    minutesId: string,
    command: { on?: IsoDate },
    actor: Actor,
  ): Promise<MinutesView> {
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const on = command.on ?? today;
    if (on > today) throw new DomainError('invalid_input', 'on: cannot be in the future', 'on');
    const doc = await this.governed.lock(convention.id);
    const { minutes, signatories } = await minutesWithMeeting(
      { minutes: this.minutes, meetings: this.meetings },
      doc,
      conventionGovernance(doc, await this.facts.factsOf(doc.id)),
      minutesId,
    );
    assertCurrent(minutes, 'id');
    const next = circulateMinutes(minutes, on);
    const written =
      next === minutes
        ? minutes
        : await this.minutes.update(minutes.id, { circulatedOn: next.circulatedOn }, actor);
    return minutesView(written, signatories, await this.attachments.listOf(doc.id));
  }
}
