import { Injectable, Optional } from '@nestjs/common';
import {
  Actor,
  calendarDateIn,
  computeConventionDeadlines,
  statusOfDeadline,
  DomainError,
  IsoDate,
  visibilityScope,
} from '@passerelle/domain';
import { Locale, translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineRepository } from '../../ports/deadline.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { governanceOf } from '../../governance/convention-governance';
import { assertDeadlineWindow, defaultWindow } from '../deadline-window';
import { DeadlineView } from '../deadline-view';

export interface ListConventionDeadlinesCommand {
  conventionId: string;
  from?: IsoDate;
  to?: IsoDate;
  locale: Locale;
  actor: Actor;
}

/** Computed from the clauses on every call (cheap, and exact for any window), merged with officers' records. */
@Injectable()
export class ListConventionDeadlinesUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: ClockPort,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(command: ListConventionDeadlinesCommand): Promise<DeadlineView[]> {
    const convention = await this.conventions.findById(command.conventionId, visibilityScope(command.actor));
    if (!convention) throw new DomainError('not_found', `convention ${command.conventionId} not found`, 'id');
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const window = defaultWindow(today, command.from, command.to);
    assertDeadlineWindow(window.from, window.to);
    const records = new Map(
      (await this.deadlines.recordsFor(convention.id)).map((record) => [
        `${record.kind}:${record.dueOn}`,
        record,
      ]),
    );
    const governance = await governanceOf(this.governance, convention, today);
    return computeConventionDeadlines(convention, governance, window).map((deadline) => {
      const record = records.get(deadline.key) ?? null;
      const { conventionId: _c, kind: _k, dueOn: _d, ...recordView } = record ?? ({} as never);
      return {
        kind: deadline.kind,
        dueOn: deadline.dueOn,
        status: statusOfDeadline(deadline, today, record),
        source: deadline.source,
        title: translate(command.locale, `deadline.kind.${deadline.kind}`),
        clause: deadline.clause,
        termIndex: deadline.termIndex,
        ...(deadline.period ? { period: deadline.period } : {}),
        ...(deadline.planYear !== undefined ? { planYear: deadline.planYear } : {}),
        record: record ? recordView : null,
        ...(deadline.about ? { about: deadline.about } : {}),
      };
    });
  }
}
