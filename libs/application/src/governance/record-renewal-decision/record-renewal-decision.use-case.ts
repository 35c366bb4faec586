import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  assertOwnParty,
  calendarDateIn,
  clausesInForceOn,
  conventionGovernance,
  Deliberation,
  DomainError,
  expressRenewal,
  findPartyName,
  IsoDate,
  nonRenewal,
  RenewalDecisionEffect,
  RenewalDecision,
  RenewalDecisionKind,
  StoredConvention,
  terminationNotice,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { assertValidConvention } from '../../conventions/assert-valid-convention';
import { ConventionView, deriveColumns, toConventionView } from '../../conventions/convention-view';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository, ConventionToStore } from '../../ports/convention.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { GovernedConventions, RenewalDecisionRepository } from '../../ports/governance';

export interface RecordRenewalDecisionCommand {
  kind: RenewalDecisionKind;
  /** The decision's date; for a notice of termination, the day it was received. */
  decidedOn: IsoDate;
  /** termination_notice: the party that sent it. */
  party?: string | null;
  deliberations?: Deliberation[];
  /** express_renewal: length of the new term (default: the renewal period, else the first term's). */
  newTermMonths?: number | null;
  /** termination_notice: a last day in force later than the notice period gives. */
  lastDayInForce?: IsoDate | null;
  note?: string | null;
}

export interface RenewalDecisionView extends RenewalDecision {
  /** The convention as it now reads (terminatedOn, term, status). */
  convention: ConventionView;
}

/**
 * Records an express renewal, a decision not to renew, or a notice of termination, and applies it
 * to the convention through the update path (validation, derived columns, stored deadlines,
 * audit) in the same transaction: a notice or a non-renewal of a tacitly renewed term sets
 * `terminatedOn`; an express renewal lengthens the term. The deadline the decision answers
 * (renewal_decision or renewal_notice) is recorded done. The same decision again is returned as is.
 */
@Injectable()
export class RecordRenewalDecisionUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governed: GovernedConventions,
    private readonly decisions: RenewalDecisionRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    command: RecordRenewalDecisionCommand,
    actor: Actor,
  ): Promise<RenewalDecisionView> {
    const party = command.party ? findPartyName(convention.parties, command.party) : null;
    if (command.party && !party)
      throw new DomainError(
        'invalid_input',
        `party: "${command.party}" is not a party of the convention`,
        'party',
      );
    if (command.kind === 'termination_notice' && !party) {
      throw new DomainError('invalid_input', 'party: the party that sent the notice is required', 'party');
    }
    const deliberations = (command.deliberations ?? []).map((deliberation, index) => {
      const name = findPartyName(convention.parties, deliberation.party);
      if (!name) {
        const field = `deliberations[${index}].party`;
        throw new DomainError(
          'invalid_input',
          `${field}: "${deliberation.party}" is not a party of the convention`,
          field,
        );
      }
      return { party: name, on: deliberation.on, ref: deliberation.ref ?? null };
    });
    const now = this.clock.now();
    const today = calendarDateIn(now, convention.timeZone);
    if (command.decidedOn > today)
      throw new DomainError('invalid_input', 'decidedOn: cannot be in the future', 'decidedOn');
    {
      const stored = await this.governed.lock(convention.id);
      const prior = await this.decisions.listOf(stored.id);
      const same = prior.find(
        (decision) => decision.kind === command.kind && decision.decidedOn === command.decidedOn,
      );
      if (same) return { ...same, convention: toConventionView(stored, now) };
      const governance = conventionGovernance(stored, await this.facts.factsOf(stored.id), today);
      const inForce = {
        ...stored,
        clauses: clausesInForceOn(stored, governance.amendments, command.decidedOn),
      };
      const renewals = prior.filter((decision) => decision.kind === 'express_renewal');
      const effect: RenewalDecisionEffect =
        command.kind === 'termination_notice'
          ? terminationNotice(inForce, command.decidedOn, command.lastDayInForce)
          : command.kind === 'non_renewal'
            ? nonRenewal(inForce, command.decidedOn)
            : expressRenewal(inForce, command.decidedOn, {
                newTermMonths: command.newTermMonths,
                renewalsSoFar: renewals.length,
                monthsAddedSoFar: renewals.reduce((sum, decision) => sum + (decision.newTermMonths ?? 0), 0),
              });
      const document = Object.fromEntries(
        Object.entries(stored).filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key)),
      ) as ConventionToStore;
      let after = stored;
      if (effect.terminatedOn || effect.durationMonths) {
        const changed: ConventionToStore = {
          ...document,
          ...(effect.terminatedOn ? { terminatedOn: effect.terminatedOn } : {}),
          clauses: effect.durationMonths
            ? {
                ...document.clauses,
                term: { ...document.clauses.term!, durationMonths: effect.durationMonths },
              }
            : document.clauses,
        };
        assertOwnParty(actor, changed);
        assertValidConvention(changed);
        after = await this.conventions.replace(
          stored.id,
          changed,
          deriveColumns(changed, now, governance),
          actor,
        );
      }
      const decision = await this.decisions.insert(
        {
          conventionId: stored.id,
          kind: command.kind,
          decidedOn: command.decidedOn,
          party,
          deliberations,
          newTermMonths: effect.durationMonths
            ? effect.durationMonths - (inForce.clauses.term?.durationMonths ?? 0)
            : null,
          lastDayInForceBefore: effect.lastDayInForceBefore,
          lastDayInForceAfter: effect.lastDayInForceAfter,
          note: command.note?.trim() || null,
        },
        actor,
      );
      if (effect.settles) {
        const record = (await this.governed.deadlineRecords(stored.id)).find(
          (r) => r.kind === effect.settles!.kind && r.dueOn === effect.settles!.dueOn,
        );
        if (record?.state !== 'done') {
          await this.governed.settle(
            stored.id,
            {
              ...effect.settles,
              state: 'done',
              doneOn: command.decidedOn,
              note: translate(actor.language, `governance.note.${command.kind}`, {
                decidedOn: command.decidedOn,
                lastDay: effect.lastDayInForceAfter,
              }),
              reason: null,
            },
            actor,
          );
        }
      }
      return { ...decision, convention: toConventionView(after, now, governance.amendments) };
    }
  }
}
