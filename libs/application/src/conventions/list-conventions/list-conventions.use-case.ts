import { Injectable } from '@nestjs/common';
import { Actor, ConventionStatus, visibilityScope } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository, Page } from '../../ports/convention.repository';
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
  ) {}

  async execute(command: ListConventionsCommand, actor: Actor): Promise<Page<ConventionView>> {
    const now = this.clock.now();
    const page = await this.conventions.list({ ...command, now, scope: visibilityScope(actor) });
    return { ...page, items: page.items.map((item) => toConventionView(item, now)) };
  }
}
