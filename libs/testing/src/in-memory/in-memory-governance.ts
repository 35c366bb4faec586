import { randomUUID } from 'node:crypto';
import {
  ActionPlanRepository,
  ActionPlanToSave,
  AmendmentRepository,
  AttachmentRepository,
  ConventionDerivedColumns,
  DeadlineRecord,
  DeadlineSettlement,
  EvaluationRepository,
  GovernanceReader,
  GovernanceResource,
  GovernedConventions,
  MeetingRepository,
  MinutesRepository,
  NewAmendment,
  NewDecision,
  NewEvaluation,
  NewMeeting,
  NewRenewalDecision,
  RenewalDecisionRepository,
} from '@passerelle/application';
import {
  ActionPlan,
  Actor,
  Amendment,
  AmendmentApproval,
  Decision,
  DomainError,
  Evaluation,
  GovernanceFacts,
  Meeting,
  Minutes,
  RenewalDecision,
  StoredConvention,
  StoredFile,
} from '@passerelle/domain';

import { inMemoryAttachments } from './in-memory-attachments';
import { inMemoryMinutes } from './in-memory-minutes';

const stamp = () => new Date(0).toISOString();

/**
 * Every governance port over plain arrays, for use-case specs: what the TypeORM repositories do,
 * without SQL. `locks` and `writes` let a spec check that a change locked its convention and
 * wrote what it says, as who.
 */
export class InMemoryGovernance {
  readonly conventions = new Map<string, StoredConvention>();
  readonly meetings: Meeting[] = [];
  readonly decisions: Decision[] = [];
  readonly minutes: Minutes[] = [];
  readonly amendments: Amendment[] = [];
  readonly plans: ActionPlan[] = [];
  readonly evaluations: Evaluation[] = [];
  readonly renewalDecisions: RenewalDecision[] = [];
  readonly files: Array<StoredFile & { content: Buffer }> = [];
  readonly records: DeadlineRecord[] = [];
  readonly locks: string[] = [];
  readonly writes: Array<{ what: string; id: string; by: string }> = [];
  readonly rematerialised: Array<{ conventionId: string; deadlines: number }> = [];

  add(convention: StoredConvention): StoredConvention {
    this.conventions.set(convention.id, convention);
    return convention;
  }

  /** Notes a write, for the spec to check who wrote what. */
  wrote(what: string, id: string, actor: Actor): void {
    this.writes.push({ what, id, by: actor.email });
  }

  readonly meetingRepository: MeetingRepository = {
    listOf: (conventionId) =>
      Promise.resolve(
        this.meetings
          .filter((meeting) => meeting.conventionId === conventionId)
          .sort((a, b) => a.heldOn.localeCompare(b.heldOn)),
      ),
    byId: (id) => Promise.resolve(this.meetings.find((meeting) => meeting.id === id) ?? null),
    insert: (meeting: NewMeeting, actor) => {
      const created = { ...meeting, id: randomUUID(), createdBy: actor.email, createdAt: stamp() };
      this.meetings.push(created);
      this.wrote('committee_meeting', created.id, actor);
      return Promise.resolve(created);
    },
    update: (id, change, actor) => {
      const index = this.meetings.findIndex((meeting) => meeting.id === id);
      this.meetings[index] = { ...this.meetings[index], ...change };
      this.wrote('committee_meeting', id, actor);
      return Promise.resolve(this.meetings[index]);
    },
    delete: (id, actor) => {
      // What the schema's ON DELETE CASCADE does: decisions and minutes go with the meeting.
      const drop = <T>(list: T[], gone: (item: T) => boolean) => {
        for (let i = list.length - 1; i >= 0; i--) if (gone(list[i])) list.splice(i, 1);
      };
      drop(this.meetings, (meeting) => meeting.id === id);
      drop(this.decisions, (decision) => decision.meetingId === id);
      drop(this.minutes, (minutes) => minutes.meetingId === id);
      this.wrote('committee_meeting', id, actor);
      return Promise.resolve();
    },
    decisionsOf: (meetingId) => Promise.resolve(this.decisions.filter((d) => d.meetingId === meetingId)),
    insertDecision: (_conventionId, decision: NewDecision, actor) => {
      const created = { ...decision, id: randomUUID(), createdBy: actor.email, createdAt: stamp() };
      this.decisions.push(created);
      this.wrote('committee_decision', created.id, actor);
      return Promise.resolve(created);
    },
  };

  readonly minutesRepository: MinutesRepository = inMemoryMinutes(this);

  readonly amendmentRepository: AmendmentRepository = {
    listOf: (conventionId) =>
      Promise.resolve(this.amendments.filter((amendment) => amendment.conventionId === conventionId)),
    byId: (id) => Promise.resolve(this.amendments.find((amendment) => amendment.id === id) ?? null),
    insert: (amendment: NewAmendment, actor) => {
      const number = this.amendments.filter((a) => a.conventionId === amendment.conventionId).length + 1;
      const created: Amendment = {
        ...amendment,
        id: randomUUID(),
        number,
        approvals: [],
        createdBy: actor.email,
        createdAt: stamp(),
      };
      this.amendments.push(created);
      this.wrote('amendment', created.id, actor);
      return Promise.resolve(created);
    },
    addApproval: (id, approval: AmendmentApproval, actor) => {
      const index = this.amendments.findIndex((amendment) => amendment.id === id);
      const before = this.amendments[index];
      this.amendments[index] = {
        ...before,
        approvals: [...before.approvals, { ...approval, recordedBy: actor.email }],
      };
      this.wrote('amendment', id, actor);
      return Promise.resolve(this.amendments[index]);
    },
  };

  readonly actionPlanRepository: ActionPlanRepository = {
    listOf: (conventionId) =>
      Promise.resolve(this.plans.filter((plan) => plan.conventionId === conventionId)),
    byId: (id) => Promise.resolve(this.plans.find((plan) => plan.id === id) ?? null),
    ofYear: (conventionId, year) =>
      Promise.resolve(
        this.plans.find((plan) => plan.conventionId === conventionId && plan.year === year) ?? null,
      ),
    save: (plan: ActionPlanToSave, actor) => {
      const index = this.plans.findIndex((p) => p.conventionId === plan.conventionId && p.year === plan.year);
      const saved: ActionPlan =
        index >= 0
          ? { ...this.plans[index], ...plan, updatedAt: stamp() }
          : { ...plan, id: randomUUID(), createdBy: actor.email, createdAt: stamp(), updatedAt: stamp() };
      if (index >= 0) this.plans[index] = saved;
      else this.plans.push(saved);
      this.wrote('action_plan', saved.id, actor);
      return Promise.resolve(saved);
    },
  };

  readonly evaluationRepository: EvaluationRepository = {
    listOf: (conventionId) =>
      Promise.resolve(this.evaluations.filter((e) => e.conventionId === conventionId)),
    byId: (id) => Promise.resolve(this.evaluations.find((e) => e.id === id) ?? null),
    insert: (evaluation: NewEvaluation, actor) => {
      const created = { ...evaluation, id: randomUUID(), createdBy: actor.email, createdAt: stamp() };
      this.evaluations.push(created);
      this.wrote('evaluation', created.id, actor);
      return Promise.resolve(created);
    },
  };

  readonly renewalDecisionRepository: RenewalDecisionRepository = {
    listOf: (conventionId) =>
      Promise.resolve(this.renewalDecisions.filter((decision) => decision.conventionId === conventionId)),
    insert: (decision: NewRenewalDecision, actor) => {
      const created = { ...decision, id: randomUUID(), createdBy: actor.email, createdAt: stamp() };
      this.renewalDecisions.push(created);
      this.wrote('renewal_decision', created.id, actor);
      return Promise.resolve(created);
    },
  };

  readonly attachmentRepository: AttachmentRepository = inMemoryAttachments(this);

  readonly facts: GovernanceReader = {
    factsOf: (conventionId) => Promise.resolve(this.factsFor(conventionId)),
    factsOfMany: (ids) => Promise.resolve(new Map(ids.map((id) => [id, this.factsFor(id)]))),
  };

  private factsFor(conventionId: string): GovernanceFacts {
    return {
      meetings: this.meetings
        .filter((meeting) => meeting.conventionId === conventionId)
        .map((meeting) => ({
          id: meeting.id,
          heldOn: meeting.heldOn,
          minutes: this.minutes
            .filter((minutes) => minutes.meetingId === meeting.id)
            .map((minutes) => ({
              id: minutes.id,
              version: minutes.version,
              createdOn: minutes.createdOn,
              circulatedOn: minutes.circulatedOn,
              signatures: minutes.signatures.map(({ signatory, signedOn }) => ({ signatory, signedOn })),
              current: minutes.supersededAt === null,
            })),
        })),
      amendments: this.amendments
        .filter((amendment) => amendment.conventionId === conventionId)
        .map(({ id, proposedOn, changes, approvals }) => ({
          id,
          proposedOn,
          changes,
          approvals: approvals.map(({ party, decision, on, deliberationRef }) => ({
            party,
            decision,
            on,
            deliberationRef,
          })),
        })),
    };
  }

  readonly governed: GovernedConventions = {
    lock: (conventionId) => {
      const convention = this.conventions.get(conventionId);
      if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
      this.locks.push(conventionId);
      return Promise.resolve(convention);
    },
    ownerOf: (resource: GovernanceResource, id) => {
      const owner: Record<GovernanceResource, () => string | undefined> = {
        meeting: () => this.meetings.find((m) => m.id === id)?.conventionId,
        minutes: () => this.minutes.find((m) => m.id === id)?.conventionId,
        amendment: () => this.amendments.find((a) => a.id === id)?.conventionId,
        action_plan: () => this.plans.find((p) => p.id === id)?.conventionId,
        evaluation: () => this.evaluations.find((e) => e.id === id)?.conventionId,
        file: () => this.files.find((f) => f.id === id)?.conventionId,
      };
      return Promise.resolve(owner[resource]() ?? null);
    },
    deadlineRecords: (conventionId) =>
      Promise.resolve(this.records.filter((record) => record.conventionId === conventionId)),
    settle: (conventionId, settlement: DeadlineSettlement, actor) => {
      const record: DeadlineRecord = {
        ...settlement,
        conventionId,
        evidenceUrl: null,
        recordedBy: actor.email,
        recordedAt: stamp(),
      };
      const index = this.records.findIndex(
        (r) => r.conventionId === conventionId && r.kind === record.kind && r.dueOn === record.dueOn,
      );
      if (index >= 0) this.records[index] = record;
      else this.records.push(record);
      this.wrote('deadline_record', `${record.kind}:${record.dueOn}`, actor);
      return Promise.resolve(record);
    },
    unsettle: (conventionId, key, actor) => {
      const index = this.records.findIndex(
        (r) => r.conventionId === conventionId && r.kind === key.kind && r.dueOn === key.dueOn,
      );
      if (index < 0) return Promise.resolve(false);
      this.records.splice(index, 1);
      this.wrote('deadline_record', `${key.kind}:${key.dueOn}`, actor);
      return Promise.resolve(true);
    },
    rematerialise: (conventionId, materialised: Pick<ConventionDerivedColumns, 'deadlines'>) => {
      this.rematerialised.push({ conventionId, deadlines: materialised.deadlines.length });
      return Promise.resolve();
    },
  };
}
