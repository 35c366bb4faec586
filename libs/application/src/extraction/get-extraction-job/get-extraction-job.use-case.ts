import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { ExtractionJobRepository } from '../../ports/extraction-job.repository';
import { ClockPort } from '../../ports/clock';

/** A running job not heard of for this long died with its process. */
const STALE_MINUTES = 10;

export type JobAnswer =
  | { status: 'running'; progress: { page: number; pages: number } }
  | { status: 'done'; result: unknown }
  | { status: 'failed'; error: { statusCode: number; message: string; field?: string } };

/** GET /api/extract/:jobId: its progress, its answer, or why it failed; only for whoever started it. */
@Injectable()
export class GetExtractionJobUseCase {
  constructor(
    private readonly jobs: ExtractionJobRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(jobId: string, actor: Actor): Promise<JobAnswer> {
    const job = await this.jobs.get(jobId);
    if (!job || job.createdBy !== actor.userId)
      throw new DomainError('not_found', 'extraction job not found');
    if (job.status === 'done') return { status: 'done', result: job.result };
    if (job.status === 'failed') return { status: 'failed', error: job.error! };
    const silentFor = this.clock.now().getTime() - new Date(job.updatedAt).getTime();
    if (silentFor > STALE_MINUTES * 60_000) {
      return {
        status: 'failed',
        error: {
          statusCode: 422,
          message: 'file: the reading was interrupted; send the file again',
          field: 'file',
        },
      };
    }
    return { status: 'running', progress: { page: job.page, pages: job.pages } };
  }
}
