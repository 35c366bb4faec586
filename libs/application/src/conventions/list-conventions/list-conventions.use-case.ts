import { Injectable, Optional } from '@nestjs/common';
import { Actor, ConventionStatus, visibilityScope } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository, Page } from '../../ports/convention.repository';
import { amendmentsInForceOf } from '../../governance/convention-governance';
import { GovernanceReader } from '../../ports/governance-reader';
import { ConventionView, toConventionView } from '../convention-view';

export interface ListConventionsCommand {
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
    const page = await this.conventions.list({ ...command, now, scope: visibilityScope(actor) });
    const amendments = await amendmentsInForceOf(this.governance, page.items, now);
    return { ...page, items: page.items.map((item) => toConventionView(item, now, amendments.get(item.id))) };
  }
}
