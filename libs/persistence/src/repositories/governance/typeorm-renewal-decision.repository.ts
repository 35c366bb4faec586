import { Injectable } from '@nestjs/common';
import { NewRenewalDecision, RenewalDecisionRepository } from '@passerelle/application';
import { Actor, RenewalDecision } from '@passerelle/domain';
import { renewalDecisionRow } from './governance-rows';
import { parseRow, parseRows } from '../row-schema';
import { GovernanceTable } from './transaction-host';

@Injectable()
export class TypeormRenewalDecisionRepository extends GovernanceTable implements RenewalDecisionRepository {
  async listOf(conventionId: string): Promise<RenewalDecision[]> {
    return parseRows(
      renewalDecisionRow,
      await this.manager.query(
        'SELECT * FROM renewal_decisions WHERE convention_id = $1 ORDER BY decided_on, created_at',
        [conventionId],
      ),
    );
  }

  async insert(decision: NewRenewalDecision, actor: Actor): Promise<RenewalDecision> {
    const created = parseRow(
      renewalDecisionRow,
      await this.manager.query(
        `INSERT INTO renewal_decisions (convention_id, kind, decided_on, party, deliberations, new_term_months, last_day_before,
           last_day_after, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          decision.conventionId,
          decision.kind,
          decision.decidedOn,
          decision.party,
          JSON.stringify(decision.deliberations),
          decision.newTermMonths,
          decision.lastDayInForceBefore,
          decision.lastDayInForceAfter,
          decision.note,
          actor.email,
        ],
      ),
    )!;
    await this.audit(actor, decision.conventionId, 'create', 'renewal_decision', created.id, {
      before: null,
      after: created,
    });
    return created;
  }
}
