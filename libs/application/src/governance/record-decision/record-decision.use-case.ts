import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  clausesInForceOn,
  conventionGovernance,
  decideOutcome,
  DomainError,
  PartyVote,
  StoredConvention,
} from '@passerelle/domain';
import { GovernanceReader } from '../../ports/governance-reader';
import { GovernedConventions, MeetingRepository } from '../../ports/governance';
import { meetingOf } from '../minutes-context';
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
    private readonly governed: GovernedConventions,
    private readonly meetings: MeetingRepository,
    private readonly facts: GovernanceReader,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    meetingId: string,
    command: RecordDecisionCommand,
    actor: Actor,
  ): Promise<DecisionView> {
    const subject = command.subject.trim();
    const doc = await this.governed.lock(convention.id);
    const meeting = await meetingOf(this.meetings, doc, meetingId);
    const { amendments } = conventionGovernance(doc, await this.facts.factsOf(doc.id));
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
    const existing = (await this.meetings.decisionsOf(meetingId)).find(
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
    const decision = await this.meetings.insertDecision(
      doc.id,
      {
        meetingId,
        subject,
        agendaItem,
        rule: outcome.rule,
        adopted: outcome.adopted,
        blockedBy: outcome.blockedBy,
        votes: outcome.votes,
      },
      actor,
    );
    return decisionView(decision);
  }
}
