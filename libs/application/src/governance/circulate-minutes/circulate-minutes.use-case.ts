import { Injectable } from '@nestjs/common';
import {
  Actor,
  calendarDateIn,
  circulateMinutes,
  conventionGovernance,
  DomainError,
  IsoDate,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { minutesView, MinutesView } from '../governance-views';
import { assertCurrent, minutesInTransaction } from '../minutes-context';

/** Sends a draft to the signatories: from then on it is locked. Circulating again changes nothing. */
@Injectable()
export class CirculateMinutesUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(minutesId: string, command: { on?: IsoDate }, actor: Actor): Promise<MinutesView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'minutes',
      minutesId,
      actor,
      'write',
    );
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const on = command.on ?? today;
    if (on > today) throw new DomainError('invalid_input', 'on: cannot be in the future', 'on');
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const doc = await tx.convention();
      const { minutes, signatories } = await minutesInTransaction(
        tx,
        doc,
        conventionGovernance(doc, await tx.facts()),
        minutesId,
      );
      assertCurrent(minutes, 'id');
      const next = circulateMinutes(minutes, on);
      const written =
        next === minutes ? minutes : await tx.updateMinutes(minutes.id, { circulatedOn: next.circulatedOn });
      return minutesView(written, signatories, await tx.files());
    });
  }
}
