import { Injectable, Optional } from '@nestjs/common';
import { Actor, ConventionStatus, visibilityScope } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository, ConventionSortKey, Page } from '../../ports/convention.repository';
import { amendmentsInForceOf } from '../../governance/convention-governance';
import { GovernanceReader } from '../../ports/governance-reader';
import { ConventionView, toConventionView } from '../convention-view';

export interface ListConventionsCommand {
  /** `endsOn`, `-nextDeadline`… (validated by the controller). */
  sort?: string;
  q?: string;
  status?: ConventionStatus;
  country?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class ListConventionsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(command: ListConventionsCommand, actor: Actor): Promise<Page<ConventionView>> {
    const now = this.clock.now();
    const sort = command.sort
      ? {
          key: command.sort.replace(/^-/, '') as ConventionSortKey,
          direction: command.sort.startsWith('-') ? ('desc' as const) : ('asc' as const),
        }
      : undefined;
    const page = await this.conventions.list({ ...command, sort, now, scope: visibilityScope(actor) });
    const amendments = await amendmentsInForceOf(this.governance, page.items, now);
    return { ...page, items: page.items.map((item) => toConventionView(item, now, amendments.get(item.id))) };
  }
}
