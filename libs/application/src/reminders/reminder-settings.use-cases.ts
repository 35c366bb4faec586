import { Injectable } from '@nestjs/common';
import {
  Actor,
  assertCanWrite,
  DEADLINE_KINDS,
  DeadlineKind,
  DomainError,
  LeadDays,
  visibilityScope,
} from '@passerelle/domain';
import { hashSecretToken } from '../accounts/secret-token';
import { RecordDeadlineUseCase } from '../deadlines/record-deadline/record-deadline.use-case';
import { AccountRepository } from '../ports/account.repository';
import { ClockPort } from '../ports/clock';
import { ConventionRepository } from '../ports/convention.repository';
import { ReminderRepository, ReminderStatus, ReminderView } from '../ports/reminder.repository';
import { actorOf } from '../accounts/actor-of';
import { DispatchRemindersUseCase } from './dispatch-reminders.use-case';
import { SweepRemindersUseCase } from './sweep-reminders.use-case';

/** POST /api/admin/scheduler/run: one sweep and one dispatch, now. */
@Injectable()
export class RunSchedulerUseCase {
  constructor(
    private readonly sweep: SweepRemindersUseCase,
    private readonly dispatch: DispatchRemindersUseCase,
  ) {}

  async execute(actor?: Actor) {
    if (actor && actor.role !== 'admin') throw new DomainError('forbidden', 'administrators only', 'role');
    const sweep = await this.sweep.execute();
    const dispatch = await this.dispatch.execute();
    return { sweep, dispatch };
  }
}

@Injectable()
export class ListRemindersUseCase {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly conventions: ConventionRepository,
  ) {}

  async execute(
    actor: Actor,
    filter: { status?: ReminderStatus; conventionId?: string; limit: number },
  ): Promise<ReminderView[]> {
    const scope = visibilityScope(actor);
    if (filter.conventionId && !(await this.conventions.findById(filter.conventionId, scope))) {
      throw new DomainError('not_found', `convention ${filter.conventionId} not found`, 'conventionId');
    }
    return this.reminders.list({
      ...filter,
      organizationId: scope.kind === 'organization' ? scope.organizationId : undefined,
    });
  }
}

@Injectable()
export class FollowConventionUseCase {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly conventions: ConventionRepository,
  ) {}

  async execute(conventionId: string, following: boolean, actor: Actor): Promise<{ following: boolean }> {
    if (!(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    await this.reminders.setFollowing(conventionId, actor.userId, following);
    return { following };
  }
}

function checkLeadDays(leadDays: LeadDays): LeadDays {
  for (const [kind, days] of Object.entries(leadDays)) {
    if (!DEADLINE_KINDS.includes(kind as DeadlineKind)) {
      throw new DomainError('invalid_input', `leadDays.${kind}: not a deadline kind`, `leadDays.${kind}`);
    }
    if (
      !Array.isArray(days) ||
      days.length > 20 ||
      days.some((day) => !Number.isInteger(day) || day < 1 || day > 730)
    ) {
      throw new DomainError(
        'invalid_input',
        `leadDays.${kind}: whole days between 1 and 730, at most 20`,
        `leadDays.${kind}`,
      );
    }
  }
  return leadDays;
}

@Injectable()
export class SetReminderPolicyUseCase {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly conventions: ConventionRepository,
    private readonly accounts: AccountRepository,
  ) {}

  async forOrganization(
    organizationId: string,
    leadDays: LeadDays,
    actor: Actor,
  ): Promise<{ leadDays: LeadDays }> {
    const ownAdmin = actor.role === 'admin';
    const ownOfficer = actor.role === 'officer' && actor.organizationId === organizationId;
    if (!ownAdmin && !ownOfficer)
      throw new DomainError('forbidden', 'not your organization', 'organizationId');
    if (!(await this.accounts.findOrganization(organizationId))) {
      throw new DomainError('not_found', 'organization not found', 'organizationId');
    }
    await this.reminders.setPolicy('organization', organizationId, checkLeadDays(leadDays));
    return { leadDays };
  }

  async forConvention(
    conventionId: string,
    leadDays: LeadDays,
    actor: Actor,
  ): Promise<{ leadDays: LeadDays }> {
    if (!(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    assertCanWrite(actor);
    await this.reminders.setPolicy('convention', conventionId, checkLeadDays(leadDays));
    return { leadDays };
  }
}

/** The links of a reminder mail: mark the deadline done (single use), stop following. */
@Injectable()
export class UseReminderLinkUseCase {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly accounts: AccountRepository,
    private readonly recordDeadline: RecordDeadlineUseCase,
    private readonly clock: ClockPort,
  ) {}

  async markDone(token: string): Promise<{ conventionId: string; kind: DeadlineKind; dueOn: string }> {
    const used = await this.reminders.useActionToken(hashSecretToken(token), 'mark_done', this.clock.now());
    if (!used?.kind || !used.dueOn)
      throw new DomainError('not_found', 'this link is unknown, used or expired', 'token');
    const user = await this.accounts.findUserById(used.userId);
    if (!user) throw new DomainError('not_found', 'this link is unknown, used or expired', 'token');
    const actor = actorOf(user);
    await this.recordDeadline.execute(
      used.conventionId,
      used.kind,
      used.dueOn,
      { state: 'done', evidenceUrl: null, note: null },
      actor,
    );
    return { conventionId: used.conventionId, kind: used.kind, dueOn: used.dueOn };
  }

  /** Stops every convention the link names (one for a single reminder, all of a grouped mail's). */
  async unfollow(token: string): Promise<{ count: number }> {
    const used = await this.reminders.useActionToken(hashSecretToken(token), 'unfollow', this.clock.now());
    if (!used) throw new DomainError('not_found', 'this link is unknown or expired', 'token');
    await this.reminders.unfollowAll(used.userId, used.conventionIds);
    return { count: used.conventionIds.length };
  }

  /** How many conventions an unfollow link would stop (null: unknown or expired), using nothing. */
  async unfollowCount(token: string): Promise<number | null> {
    const found = await this.reminders.findUnfollowToken(hashSecretToken(token), this.clock.now());
    return found ? found.conventionIds.length : null;
  }
}
