import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import {
  Actor,
  applyClauseChanges,
  calendarDateIn,
  ClauseChanges,
  clausesInForceOn,
  computeDeadlines,
  conventionGovernance,
  DomainError,
  IsoDate,
  sanitizeMarkdown,
  validateClauseChanges,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { rematerialiseIn } from '../convention-governance';
import { conventionFor } from '../governance-access';
import { amendmentView, AmendmentView } from '../governance-views';

export interface ProposeAmendmentCommand {
  title?: string | null;
  /** The avenant's text (Markdown; raw HTML removed). */
  text: string;
  changes: ClauseChanges;
  /** Default today. */
  proposedOn?: IsoDate;
}

/**
 * Proposes an avenant. Its changes are checked against the clauses in force on the day it is
 * proposed, as the convention would read once they apply (400 naming `changes.…`). It then waits
 * for every party's approval; the amendment_approval deadline opens. The same proposal again is
 * returned as it is.
 */
@Injectable()
export class ProposeAmendmentUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(
    conventionId: string,
    command: ProposeAmendmentCommand,
    actor: Actor,
  ): Promise<AmendmentView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'write',
    );
    const now = this.clock.now();
    const today = calendarDateIn(now, convention.timeZone);
    const proposedOn = command.proposedOn ?? today;
    if (proposedOn > today)
      throw new DomainError('invalid_input', 'proposedOn: cannot be in the future', 'proposedOn');
    const text = sanitizeMarkdown(command.text);
    if (!text.trim())
      throw new DomainError(
        'invalid_input',
        'text: the avenant’s text is empty once raw HTML is removed',
        'text',
      );
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const doc = await tx.convention();
      const governance = conventionGovernance(doc, await tx.facts(), today);
      const base = { ...doc, clauses: clausesInForceOn(doc, governance.amendments, proposedOn) };
      const problems = validateClauseChanges(base, command.changes);
      if (problems.length === 0) {
        try {
          computeDeadlines(
            { ...base, clauses: applyClauseChanges(base.clauses, command.changes) },
            { from: proposedOn, to: proposedOn },
          );
        } catch (error) {
          if (!(error instanceof DomainError) || !error.field) throw error;
          problems.push({ field: error.field.replace(/^clauses/, 'changes'), message: error.message });
        }
      }
      if (problems.length > 0) {
        const error = new DomainError(
          'invalid_input',
          problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
          problems[0].field,
        );
        throw Object.assign(error, { problems });
      }
      const title = command.title?.trim() || null;
      const same = (await tx.amendments()).find(
        (amendment) =>
          amendment.text === text &&
          amendment.title === title &&
          amendment.proposedOn === proposedOn &&
          isDeepStrictEqual(amendment.changes, command.changes),
      );
      if (same) return amendmentView(doc, same);
      const amendment = await tx.insertAmendment({ title, text, changes: command.changes, proposedOn });
      await rematerialiseIn(tx, doc, now);
      return amendmentView(doc, amendment);
    });
  }
}
