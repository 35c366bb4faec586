import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { isDeepStrictEqual } from 'node:util';
import {
  ActionPlanItem,
  Actor,
  calendarDateIn,
  computeConventionDeadlines,
  conventionGovernance,
  DomainError,
  formatIsoDate,
  lastDayOfMonth,
  normaliseActionPlanItems,
  StoredConvention,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import { ActionPlanRepository, GovernedConventions, MeetingRepository } from '../../ports/governance';
import { ActionPlanView, actionPlanView } from '../action-plan-view';
import { meetingOf } from '../minutes-context';

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
    private readonly governed: GovernedConventions,
    private readonly meetings: MeetingRepository,
    private readonly plans: ActionPlanRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    meetingId: string,
    command: ValidateActionPlanCommand,
    actor: Actor,
  ): Promise<ActionPlanView> {
    const items = normaliseActionPlanItems(convention.parties, command.items);
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const doc = await this.governed.lock(convention.id);
    const meeting = await meetingOf(this.meetings, doc, meetingId);
    const governance = conventionGovernance(doc, await this.facts.factsOf(doc.id), today);
    const found = computeConventionDeadlines(doc, governance, {
      from: formatIsoDate({ year: command.year - 6, month: 1, day: 1 }),
      to: lastDayOfMonth(command.year + 6, 12),
    }).find((deadline) => deadline.kind === 'action_plan' && deadline.planYear === command.year);
    const deadline = found
      ? { kind: 'action_plan' as const, dueOn: found.dueOn, planYear: command.year }
      : null;
    const existing = await this.plans.ofYear(doc.id, command.year);
    if (existing) {
      if (existing.meetingId === meetingId && isDeepStrictEqual(existing.items, items))
        return actionPlanView(existing, deadline);
      throw new DomainError(
        'conflict',
        `year: the ${command.year} action plan was validated on ${existing.validatedOn}; change its items with PATCH /api/action-plans/${existing.id}`,
        'year',
      );
    }
    const plan = await this.plans.save(
      { conventionId: doc.id, year: command.year, meetingId, validatedOn: meeting.heldOn, items },
      actor,
    );
    if (deadline) {
      const record = (await this.governed.deadlineRecords(doc.id)).find(
        (r) => r.kind === 'action_plan' && r.dueOn === deadline.dueOn,
      );
      if (record?.state !== 'done') {
        await this.governed.settle(
          doc.id,
          {
            kind: 'action_plan',
            dueOn: deadline.dueOn,
            state: 'done',
            doneOn: meeting.heldOn,
            note: translate(actor.language, 'governance.note.action_plan_validated', {
              year: command.year,
              heldOn: meeting.heldOn,
            }),
            reason: null,
          },
          actor,
        );
      }
    }
    return actionPlanView(plan, deadline);
  }
}
