import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import {
  Actor,
  calendarDateIn,
  computeConventionDeadlines,
  conventionGovernance,
  DomainError,
  formatIsoDate,
  lastDayOfMonth,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { ActionPlanItem, GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { ActionPlanView, actionPlanView, normaliseItems } from '../action-plan-view';

export interface ValidateActionPlanCommand {
  year: number;
  items: ActionPlanItem[];
}

/**
 * The committee validates the action plan of a year at a meeting: the plan is stored and the
 * action_plan deadline whose planYear is that year is recorded done on the meeting's date. One
 * plan per year: the same plan again is returned as it is; another one is a 409 (its items are
 * then changed with PATCH /api/action-plans/:id).
 */
@Injectable()
export class ValidateActionPlanUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(
    meetingId: string,
    command: ValidateActionPlanCommand,
    actor: Actor,
  ): Promise<ActionPlanView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'meeting',
      meetingId,
      actor,
      'write',
    );
    const items = normaliseItems(convention.parties, command.items);
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const doc = await tx.convention();
      const meeting = (await tx.meetings()).find((candidate) => candidate.id === meetingId);
      if (!meeting) throw new DomainError('not_found', `meeting ${meetingId} not found`, 'id');
      const governance = conventionGovernance(doc, await tx.facts(), today);
      const found = computeConventionDeadlines(doc, governance, {
        from: formatIsoDate({ year: command.year - 6, month: 1, day: 1 }),
        to: lastDayOfMonth(command.year + 6, 12),
      }).find((deadline) => deadline.kind === 'action_plan' && deadline.planYear === command.year);
      const deadline = found
        ? { kind: 'action_plan' as const, dueOn: found.dueOn, planYear: command.year }
        : null;
      const existing = await tx.actionPlan(command.year);
      if (existing) {
        if (existing.meetingId === meetingId && isDeepStrictEqual(existing.items, items))
          return actionPlanView(existing, deadline);
        throw new DomainError(
          'conflict',
          `year: the ${command.year} action plan was validated on ${existing.validatedOn}; change its items with PATCH /api/action-plans/${existing.id}`,
          'year',
        );
      }
      const plan = await tx.saveActionPlan({
        year: command.year,
        meetingId,
        validatedOn: meeting.heldOn,
        items,
      });
      if (deadline) {
        const record = (await tx.deadlineRecords()).find(
          (r) => r.kind === 'action_plan' && r.dueOn === deadline.dueOn,
        );
        if (record?.state !== 'done') {
          await tx.settleDeadline({
            kind: 'action_plan',
            dueOn: deadline.dueOn,
            state: 'done',
            doneOn: meeting.heldOn,
            note: translate(actor.language, 'governance.note.action_plan_validated', {
              year: command.year,
              heldOn: meeting.heldOn,
            }),
            reason: null,
          });
        }
      }
      return actionPlanView(plan, deadline);
    });
  }
}
