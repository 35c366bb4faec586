import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { Evaluation, GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { fileView, FileView } from '../governance-views';

/** The evaluations presented to the committee, with their attachments. */
@Injectable()
export class ListEvaluationsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(
    conventionId: string,
    actor: Actor,
  ): Promise<Array<Evaluation & { attachments: FileView[] }>> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'read',
    );
    const files = await this.governance.files(convention.id);
    return (await this.governance.evaluations(convention.id)).map((evaluation) => ({
      ...evaluation,
      attachments: files.filter((file) => file.evaluationId === evaluation.id).map(fileView),
    }));
  }
}
