import { Injectable, Optional } from '@nestjs/common';
import {
  Actor,
  assertCanWrite,
  visibilityScope,
  addDays,
  calendarDateIn,
  computeConventionDeadlines,
  DeadlineKind,
  DomainError,
  IsoDate,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineRecord, DeadlineRepository } from '../../ports/deadline.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { governanceOf } from '../../governance/convention-governance';

export type RecordDeadlineCommand =
  | { state: 'done'; doneOn?: IsoDate; note?: string | null; evidenceUrl?: string | null }
  | { state: 'waived'; reason: string };

/** Marks a deadline done or waived; idempotent (the same call twice leaves one record). */
@Injectable()
export class RecordDeadlineUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: ClockPort,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(
    conventionId: string,
    kind: DeadlineKind,
    dueOn: IsoDate,
    command: RecordDeadlineCommand,
    actor: Actor,
  ): Promise<DeadlineRecord> {
    const convention = await this.conventions.findById(conventionId, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    assertCanWrite(actor);
    const governance = await governanceOf(this.governance, convention);
    const exists = computeConventionDeadlines(convention, governance, { from: dueOn, to: dueOn }).some(
      (deadline) => deadline.kind === kind,
    );
    if (!exists)
      throw new DomainError('not_found', `no ${kind} deadline on ${dueOn} for this convention`, 'dueOn');
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    if (command.state === 'done') {
      const doneOn = command.doneOn ?? today;
      if (doneOn > addDays(today, 1))
        throw new DomainError('invalid_input', 'doneOn: cannot be in the future', 'doneOn');
      return this.deadlines.saveRecord({
        conventionId,
        kind,
        dueOn,
        state: 'done',
        doneOn,
        note: command.note ?? null,
        evidenceUrl: command.evidenceUrl ?? null,
        reason: null,
        recordedBy: actor.email,
      });
    }
    return this.deadlines.saveRecord({
      conventionId,
      kind,
      dueOn,
      state: 'waived',
      doneOn: null,
      note: null,
      evidenceUrl: null,
      reason: command.reason,
      recordedBy: actor.email,
    });
  }
}
