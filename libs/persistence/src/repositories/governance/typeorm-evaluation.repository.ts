import { Injectable } from '@nestjs/common';
import { EvaluationRepository, NewEvaluation } from '@passerelle/application';
import { Actor, Evaluation } from '@passerelle/domain';
import { evaluationRow } from './governance-rows';
import { idRow, parseRow, parseRows } from '../row-schema';
import { GovernanceTable, UUID } from './transaction-host';

const EVALUATIONS = `SELECT e.*, e.settles::text[] AS settles FROM evaluations e`;

@Injectable()
export class TypeormEvaluationRepository extends GovernanceTable implements EvaluationRepository {
  async listOf(conventionId: string): Promise<Evaluation[]> {
    return parseRows(
      evaluationRow,
      await this.manager.query(`${EVALUATIONS} WHERE e.convention_id = $1 ORDER BY e.period_from`, [
        conventionId,
      ]),
    );
  }

  async byId(id: string): Promise<Evaluation | null> {
    if (!UUID.test(id)) return null;
    return parseRow(evaluationRow, await this.manager.query(`${EVALUATIONS} WHERE e.id = $1`, [id]));
  }

  async insert(evaluation: NewEvaluation, actor: Actor): Promise<Evaluation> {
    const [{ id }] = parseRows(
      idRow,
      await this.manager.query(
        `INSERT INTO evaluations (convention_id, meeting_id, presented_on, period_from, period_to, indicators, findings, settles, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date[], $9) RETURNING id`,
        [
          evaluation.conventionId,
          evaluation.meetingId,
          evaluation.presentedOn,
          evaluation.period.from,
          evaluation.period.to,
          JSON.stringify(evaluation.indicators),
          evaluation.findings,
          evaluation.settles,
          actor.email,
        ],
      ),
    );
    const created = (await this.byId(id))!;
    await this.audit(actor, evaluation.conventionId, 'create', 'evaluation', id, {
      before: null,
      after: created,
    });
    return created;
  }
}
