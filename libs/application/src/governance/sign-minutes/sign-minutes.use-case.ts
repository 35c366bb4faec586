import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  calendarDateIn,
  conventionGovernance,
  IsoDate,
  maxIsoDate,
  minutesStanding,
  signMinutes,
  StoredConvention,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
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

export interface SignMinutesCommand {
  /** One of the committee clause's minutesSignatories. */
  signatory: string;
  /** Default: today (or the meeting's day, for minutes of a meeting still ahead). */
  on?: IsoDate;
}

/**
 * Records a signature of the current version of the minutes. With the last required signature
 * the minutes become executory on that date, and the meeting's minutes_signature deadline is
 * recorded done in the same transaction. The same signature again changes nothing.
 */
@Injectable()
export class SignMinutesUseCase {
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
    command: SignMinutesCommand,
    actor: Actor,
  ): Promise<MinutesView> {
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const doc = await this.governed.lock(convention.id);
    const governance = conventionGovernance(doc, await this.facts.factsOf(doc.id), today);
    const { minutes, meeting, signatories } = await minutesWithMeeting(
      { minutes: this.minutes, meetings: this.meetings },
      doc,
      governance,
      minutesId,
    );
    assertCurrent(minutes, 'id');
    const latest = maxIsoDate(today, meeting.heldOn);
    const signed = signMinutes(minutes, command.signatory, command.on ?? latest, {
      required: signatories,
      heldOn: meeting.heldOn,
      today: latest,
    });
    if (!signed.changed) return minutesView(minutes, signatories, await this.attachments.listOf(doc.id));
    if (signed.state.circulatedOn !== minutes.circulatedOn) {
      await this.minutes.update(minutes.id, { circulatedOn: signed.state.circulatedOn }, actor);
    }
    const written = await this.minutes.addSignature(
      minutes.id,
      signed.state.signatures[signed.state.signatures.length - 1],
      actor,
    );
    const standing = minutesStanding(written, signatories);
    const deadline = governance.deadlines.find(
      (candidate) => candidate.kind === 'minutes_signature' && candidate.about?.minutesId === minutes.id,
    );
    if (standing.status === 'executory' && standing.executoryOn && deadline) {
      await this.governed.settle(
        doc.id,
        {
          kind: 'minutes_signature',
          dueOn: deadline.dueOn,
          state: 'done',
          doneOn: standing.executoryOn,
          note: translate(actor.language, 'governance.note.minutes_executory', {
            heldOn: meeting.heldOn,
            executoryOn: standing.executoryOn,
            version: minutes.version,
          }),
          reason: null,
        },
        actor,
      );
    }
    return minutesView(written, signatories, await this.attachments.listOf(doc.id));
  }
}
