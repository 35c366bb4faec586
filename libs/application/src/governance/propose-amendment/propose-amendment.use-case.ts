import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
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
  StoredConvention,
  validateClauseChanges,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import { AmendmentRepository, GovernedConventions } from '../../ports/governance';
import { rematerialise } from '../convention-governance';
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
    private readonly governed: GovernedConventions,
    private readonly amendments: AmendmentRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    command: ProposeAmendmentCommand,
    actor: Actor,
  ): Promise<AmendmentView> {
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
    const doc = await this.governed.lock(convention.id);
    const governance = conventionGovernance(doc, await this.facts.factsOf(doc.id), today);
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
    if (problems.length > 0) throw DomainError.invalidInput(problems);
    const title = command.title?.trim() || null;
    const same = (await this.amendments.listOf(doc.id)).find(
      (amendment) =>
        amendment.text === text &&
        amendment.title === title &&
        amendment.proposedOn === proposedOn &&
        isDeepStrictEqual(amendment.changes, command.changes),
    );
    if (same) return amendmentView(doc, same);
    const amendment = await this.amendments.insert(
      { conventionId: doc.id, title, text, changes: command.changes, proposedOn },
      actor,
    );
    await rematerialise(this.governed, this.facts, doc, now);
    return amendmentView(doc, amendment);
  }
}
