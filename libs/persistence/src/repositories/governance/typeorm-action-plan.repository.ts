import { Injectable } from '@nestjs/common';
import { ActionPlanRepository, ActionPlanToSave } from '@passerelle/application';
import { ActionPlan, Actor } from '@passerelle/domain';
import { actionPlanRow } from './governance-rows';
import { parseRow, parseRows } from '../row-schema';
import { GovernanceTable, UUID } from './transaction-host';

@Injectable()
export class TypeormActionPlanRepository extends GovernanceTable implements ActionPlanRepository {
  async listOf(conventionId: string): Promise<ActionPlan[]> {
    return parseRows(
      actionPlanRow,
      await this.manager.query('SELECT * FROM action_plans WHERE convention_id = $1 ORDER BY plan_year', [
        conventionId,
      ]),
    );
  }

  async byId(id: string): Promise<ActionPlan | null> {
    if (!UUID.test(id)) return null;
    return parseRow(
      actionPlanRow,
      await this.manager.query('SELECT * FROM action_plans WHERE id = $1', [id]),
    );
  }

  async ofYear(conventionId: string, year: number): Promise<ActionPlan | null> {
    return parseRow(
      actionPlanRow,
      await this.manager.query('SELECT * FROM action_plans WHERE convention_id = $1 AND plan_year = $2', [
        conventionId,
        year,
      ]),
    );
  }

  async save(plan: ActionPlanToSave, actor: Actor): Promise<ActionPlan> {
    const before = await this.ofYear(plan.conventionId, plan.year);
    const saved = parseRow(
      actionPlanRow,
      await this.manager.query(
        `INSERT INTO action_plans (convention_id, plan_year, meeting_id, validated_on, items, created_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (convention_id, plan_year) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,
           validated_on = EXCLUDED.validated_on, items = EXCLUDED.items, updated_at = now()
         RETURNING *`,
        [
          plan.conventionId,
          plan.year,
          plan.meetingId,
          plan.validatedOn,
          JSON.stringify(plan.items),
          actor.email,
        ],
      ),
    )!;
    await this.audit(actor, plan.conventionId, before ? 'update' : 'create', 'action_plan', saved.id, {
      before,
      after: saved,
    });
    return saved;
  }
}
