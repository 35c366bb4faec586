import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  amendmentStanding,
  answerAmendment,
  ApprovalDecision,
  calendarDateIn,
  conventionGovernance,
  DomainError,
  IsoDate,
  StoredConvention,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import { AmendmentRepository, GovernedConventions } from '../../ports/governance';
import { rematerialise } from '../convention-governance';
import { amendmentView, AmendmentView } from '../governance-views';

export interface AnswerAmendmentCommand {
  party: string;
  decision: ApprovalDecision;
  /** Date of the deliberation or signature; default today. */
  on?: IsoDate;
  deliberationRef?: string | null;
}

/**
 * Records a party's approval or refusal of an avenant. Every party must approve (whatever the
 * amendment rule); one refusal sinks it. With the last approval it enters into force on the date
 * of the last approval: its amendment_approval deadline is recorded done, and the convention's
 * stored deadlines are recomputed with the amended clauses from that date — all in one transaction.
 */
@Injectable()
export class AnswerAmendmentUseCase {
  constructor(
    private readonly governed: GovernedConventions,
    private readonly amendments: AmendmentRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    amendmentId: string,
    command: AnswerAmendmentCommand,
    actor: Actor,
  ): Promise<AmendmentView> {
    const now = this.clock.now();
    const today = calendarDateIn(now, convention.timeZone);
    const doc = await this.governed.lock(convention.id);
    const amendment = await this.amendments.byId(amendmentId);
    if (!amendment || amendment.conventionId !== doc.id)
      throw new DomainError('not_found', `amendment ${amendmentId} not found`, 'id');
    const rule = doc.clauses.amendment?.rule;
    const answered = answerAmendment(
      rule,
      doc.parties,
      amendment.approvals,
      {
        party: command.party,
        decision: command.decision,
        on: command.on ?? today,
        deliberationRef: command.deliberationRef ?? null,
      },
      today,
    );
    if (!answered.changed) return amendmentView(doc, amendment);
    const updated = await this.amendments.addApproval(amendmentId, answered.approval, actor);
    const standing = amendmentStanding(rule, doc.parties, updated.approvals);
    if (standing.status !== 'proposed') {
      const deadline = conventionGovernance(doc, await this.facts.factsOf(doc.id), today).deadlines.find(
        (candidate) =>
          candidate.kind === 'amendment_approval' && candidate.about?.amendmentId === amendmentId,
      );
      if (deadline) {
        const inForce = standing.status === 'in_force';
        await this.governed.settle(
          doc.id,
          {
            kind: 'amendment_approval',
            dueOn: deadline.dueOn,
            state: inForce ? 'done' : 'waived',
            doneOn: inForce ? standing.inForceOn : null,
            note: inForce
              ? translate(actor.language, 'governance.note.amendment_in_force', {
                  number: amendment.number,
                  inForceOn: standing.inForceOn,
                })
              : null,
            reason: inForce
              ? null
              : translate(actor.language, 'governance.note.amendment_refused', {
                  number: amendment.number,
                  parties: standing.refusedBy.join(', '),
                }),
          },
          actor,
        );
      }
    }
    await rematerialise(this.governed, this.facts, doc, now);
    return amendmentView(doc, updated);
  }
}
