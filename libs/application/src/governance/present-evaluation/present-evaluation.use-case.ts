import { Injectable } from '@nestjs/common';
import {
  Actor,
  addMonthsClamped,
  calendarDateIn,
  computeConventionDeadlines,
  conventionGovernance,
  DomainError,
  IsoDate,
  sanitizeMarkdown,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { Evaluation, GovernanceRepository, Indicator } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';

export interface PresentEvaluationCommand {
  period: { from: IsoDate; to: IsoDate };
  indicators?: Indicator[];
  findings: string;
}

/** Months after the evaluated period within which an evaluation deadline may still be the one it answers. */
export const EVALUATION_REACH_MONTHS = 12;

/**
 * An evaluation presented at a meeting satisfies the evaluation deadlines still open (neither done
 * nor waived) that fall within the evaluated period; if none does, the first open one due after
 * the period, within 12 months of its end. Those are recorded done on the meeting's date. The
 * same period again with the same findings is returned as it is; with other findings, a 409.
 */
@Injectable()
export class PresentEvaluationUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(meetingId: string, command: PresentEvaluationCommand, actor: Actor): Promise<Evaluation> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'meeting',
      meetingId,
      actor,
      'write',
    );
    const { from, to } = command.period;
    if (to < from)
      throw new DomainError('invalid_input', 'period.to: must be on or after period.from', 'period.to');
    const findings = sanitizeMarkdown(command.findings);
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const doc = await tx.convention();
      const meeting = (await tx.meetings()).find((candidate) => candidate.id === meetingId);
      if (!meeting) throw new DomainError('not_found', `meeting ${meetingId} not found`, 'id');
      const existing = (await tx.evaluations()).find(
        (evaluation) => evaluation.period.from === from && evaluation.period.to === to,
      );
      if (existing) {
        if (existing.findings === findings && existing.meetingId === meetingId) return existing;
        throw new DomainError(
          'conflict',
          `period: the evaluation of ${from} – ${to} was presented on ${existing.presentedOn}`,
          'period',
        );
      }
      const records = await tx.deadlineRecords();
      const closed = new Set(
        records.filter((r) => r.state === 'done' || r.state === 'waived').map((r) => `${r.kind}:${r.dueOn}`),
      );
      const open = computeConventionDeadlines(doc, conventionGovernance(doc, await tx.facts(), today), {
        from,
        to: addMonthsClamped(to, EVALUATION_REACH_MONTHS),
      }).filter((deadline) => deadline.kind === 'evaluation' && !closed.has(deadline.key));
      const within = open.filter((deadline) => deadline.dueOn <= to);
      const settles = (within.length ? within : open.slice(0, 1)).map((deadline) => deadline.dueOn);
      const evaluation = await tx.insertEvaluation({
        meetingId,
        presentedOn: meeting.heldOn,
        period: { from, to },
        indicators: (command.indicators ?? []).map((indicator) => ({
          name: indicator.name.trim(),
          target: indicator.target ?? null,
          value: indicator.value ?? null,
        })),
        findings,
        settles,
      });
      for (const dueOn of settles) {
        await tx.settleDeadline({
          kind: 'evaluation',
          dueOn,
          state: 'done',
          doneOn: meeting.heldOn,
          note: translate(actor.language, 'governance.note.evaluation_presented', {
            from,
            to,
            heldOn: meeting.heldOn,
          }),
          reason: null,
        });
      }
      return evaluation;
    });
  }
}
