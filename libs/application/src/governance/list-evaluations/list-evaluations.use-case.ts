import { Injectable } from '@nestjs/common';
import { Evaluation, StoredConvention } from '@passerelle/domain';
import { AttachmentRepository, EvaluationRepository } from '../../ports/governance';
import { fileView, FileView } from '../governance-views';

/** The evaluations presented to the committee, with their attachments. */
@Injectable()
export class ListEvaluationsUseCase {
  constructor(
    private readonly evaluations: EvaluationRepository,
    private readonly attachments: AttachmentRepository,
  ) {}

  async execute(convention: StoredConvention): Promise<Array<Evaluation & { attachments: FileView[] }>> {
    const files = await this.attachments.listOf(convention.id);
    return (await this.evaluations.listOf(convention.id)).map((evaluation) => ({
      ...evaluation,
      attachments: files.filter((file) => file.evaluationId === evaluation.id).map(fileView),
    }));
  }
}
