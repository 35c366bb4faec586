import { Injectable } from '@nestjs/common';
import {
  Actor,
  calendarDateIn,
  conventionGovernance,
  IsoDate,
  maxIsoDate,
  minutesStanding,
  signMinutes,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { minutesView, MinutesView } from '../governance-views';
import { assertCurrent, minutesInTransaction } from '../minutes-context';

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
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(minutesId: string, command: SignMinutesCommand, actor: Actor): Promise<MinutesView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'minutes',
      minutesId,
      actor,
      'write',
    );
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const doc = await tx.convention();
      const governance = conventionGovernance(doc, await tx.facts(), today);
      const { minutes, meeting, signatories } = await minutesInTransaction(tx, doc, governance, minutesId);
      assertCurrent(minutes, 'id');
      const latest = maxIsoDate(today, meeting.heldOn);
      const signed = signMinutes(minutes, command.signatory, command.on ?? latest, {
        required: signatories,
        heldOn: meeting.heldOn,
        today: latest,
      });
      if (!signed.changed) return minutesView(minutes, signatories, await tx.files());
      if (signed.state.circulatedOn !== minutes.circulatedOn) {
        await tx.updateMinutes(minutes.id, { circulatedOn: signed.state.circulatedOn });
      }
      const written = await tx.addSignature(
        minutes.id,
        signed.state.signatures[signed.state.signatures.length - 1],
      );
      const standing = minutesStanding(written, signatories);
      const deadline = governance.deadlines.find(
        (candidate) => candidate.kind === 'minutes_signature' && candidate.about?.minutesId === minutes.id,
      );
      if (standing.status === 'executory' && standing.executoryOn && deadline) {
        await tx.settleDeadline({
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
        });
      }
      return minutesView(written, signatories, await tx.files());
    });
  }
}
