import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  addMonthsClamped,
  calendarDateIn,
  computeConventionDeadlines,
  conventionGovernance,
  DomainError,
  Evaluation,
  Indicator,
  IsoDate,
  sanitizeMarkdown,
  StoredConvention,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import { EvaluationRepository, GovernedConventions, MeetingRepository } from '../../ports/governance';
import { meetingOf } from '../minutes-context';

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
    private readonly governed: GovernedConventions,
    private readonly meetings: MeetingRepository,
    private readonly evaluations: EvaluationRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    meetingId: string,
    command: PresentEvaluationCommand,
    actor: Actor,
  ): Promise<Evaluation> {
    const { from, to } = command.period;
    if (to < from)
      throw new DomainError('invalid_input', 'period.to: must be on or after period.from', 'period.to');
    const findings = sanitizeMarkdown(command.findings);
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const doc = await this.governed.lock(convention.id);
    const meeting = await meetingOf(this.meetings, doc, meetingId);
    const existing = (await this.evaluations.listOf(doc.id)).find(
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
    const records = await this.governed.deadlineRecords(doc.id);
    const closed = new Set(
      records.filter((r) => r.state === 'done' || r.state === 'waived').map((r) => `${r.kind}:${r.dueOn}`),
    );
    const open = computeConventionDeadlines(
      doc,
      conventionGovernance(doc, await this.facts.factsOf(doc.id), today),
      {
        from,
        to: addMonthsClamped(to, EVALUATION_REACH_MONTHS),
      },
    ).filter((deadline) => deadline.kind === 'evaluation' && !closed.has(deadline.key));
    const within = open.filter((deadline) => deadline.dueOn <= to);
    const settles = (within.length ? within : open.slice(0, 1)).map((deadline) => deadline.dueOn);
    const evaluation = await this.evaluations.insert(
      {
        conventionId: doc.id,
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
      },
      actor,
    );
    for (const dueOn of settles) {
      await this.governed.settle(
        doc.id,
        {
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
        },
        actor,
      );
    }
    return evaluation;
  }
}
