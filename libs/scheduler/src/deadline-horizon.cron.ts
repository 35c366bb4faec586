import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { ExtendDeadlineHorizonUseCase } from '@passerelle/application';

/** Nightly, keeps every convention's stored deadlines ten years ahead. */
@Injectable()
export class DeadlineHorizonCron {
  private readonly logger = new Logger(DeadlineHorizonCron.name);

  constructor(private readonly extendDeadlineHorizon: ExtendDeadlineHorizonUseCase) {}

  @Cron('30 2 * * *', { name: 'deadline-horizon', timeZone: 'UTC' })
  async run(): Promise<void> {
    const extended = await this.extendDeadlineHorizon.execute();
    if (extended > 0) this.logger.log(`deadline horizon extended for ${extended} conventions`);
  }
}
