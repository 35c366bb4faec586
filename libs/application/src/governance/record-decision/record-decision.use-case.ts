import { Injectable } from '@nestjs/common';
import {
  Actor,
  clausesInForceOn,
  decideOutcome,
  DomainError,
  PartyVote,
  conventionGovernance,
} from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { decisionView, DecisionView } from '../governance-views';

export interface RecordDecisionCommand {
  subject: string;
  agendaItem?: number | null;
  votes: PartyVote[];
}

/**
 * A committee decision and each party's vote (unlisted parties are absent), judged by the decision
 * rule of the committee clause in force on the meeting's date. The same subject again with the
 * same votes returns the recorded decision (a client retry); with other votes it is a 409.
 */
@Injectable()
export class RecordDecisionUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(meetingId: string, command: RecordDecisionCommand, actor: Actor): Promise<DecisionView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'meeting',
      meetingId,
      actor,
      'write',
    );
    const subject = command.subject.trim();
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const doc = await tx.convention();
      const meeting = (await tx.meetings()).find((candidate) => candidate.id === meetingId);
      if (!meeting) throw new DomainError('not_found', `meeting ${meetingId} not found`, 'id');
      const { amendments } = conventionGovernance(doc, await tx.facts());
      const rule = clausesInForceOn(doc, amendments, meeting.heldOn).committee?.decisionRule;
      const outcome = decideOutcome(rule, doc.parties, command.votes);
      const agendaItem = command.agendaItem ?? null;
      if (agendaItem !== null && agendaItem >= meeting.agenda.length) {
        throw new DomainError(
          'invalid_input',
          `agendaItem: the agenda has ${meeting.agenda.length} item(s), numbered from 0`,
          'agendaItem',
        );
      }
      const existing = (await tx.decisionsOf(meetingId)).find(
        (decision) => decision.subject.toLowerCase() === subject.toLowerCase(),
      );
      if (existing) {
        const same = existing.votes.every(
          (vote) => outcome.votes.find((other) => other.party === vote.party)?.vote === vote.vote,
        );
        if (same) return decisionView(existing);
        throw new DomainError(
          'conflict',
          `subject: a decision on "${existing.subject}" is already recorded with other votes`,
          'subject',
        );
      }
      const decision = await tx.insertDecision({
        meetingId,
        subject,
        agendaItem,
        rule: outcome.rule,
        adopted: outcome.adopted,
        blockedBy: outcome.blockedBy,
        votes: outcome.votes,
      });
      return decisionView(decision);
    });
  }
}
