import {
  ActionPlan,
  Amendment,
  ConventionDerivedColumns,
  ConventionToStore,
  Decision,
  DeadlineRecord,
  DeadlineSettlement,
  Evaluation,
  FileKind,
  GovernanceRepository,
  GovernanceResource,
  GovernanceTransaction,
  Meeting,
  Minutes,
  RenewalDecision,
  StoredFile,
  SystemClock,
} from '@passerelle/application';
import {
  Actor,
  AmendmentApproval,
  Clock,
  DeadlineKind,
  DomainError,
  GovernanceFacts,
  IsoDate,
  MinutesSignature,
  StoredConvention,
} from '@passerelle/domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ClauseEntity } from '../entities/clause.entity';
import { ConventionEntity } from '../entities/convention.entity';
import { FinancialCommitmentEntity } from '../entities/financial-commitment.entity';
import { PartyEntity } from '../entities/party.entity';
import { toConventionEntity, toStoredConvention } from '../mappers/convention.mapper';
import { writeAudit } from './audit';
import { replaceDeadlines, setHorizons } from './deadline-rows';
import { scheduleDueReminders } from './reminder-scheduling';

type Row = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (value: unknown) => (value as Date).toISOString();
const RELATIONS = { parties: true, clauses: true, financialCommitments: true } as const;
const FILE_COLUMNS = `id, convention_id, kind, minutes_id, evaluation_id, title, filename, content_type, size_bytes, sha256,
  uploaded_by, uploaded_at`;

function toMeeting(row: Row): Meeting {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    heldOn: row.held_on as string,
    city: row.city as string,
    country: row.country as string,
    hostParty: row.host_party as string,
    convenedBy: row.convened_by as string | null,
    agenda: row.agenda as Meeting['agenda'],
    attendees: row.attendees as Meeting['attendees'],
    createdBy: row.created_by as string | null,
    createdAt: iso(row.created_at),
  };
}

function toDecision(row: Row): Decision {
  return {
    id: row.id as string,
    meetingId: row.meeting_id as string,
    subject: row.subject as string,
    agendaItem: row.agenda_item as number | null,
    rule: row.rule as Decision['rule'],
    adopted: row.adopted as boolean,
    blockedBy: row.blocked_by as string[],
    votes: (row.votes as Decision['votes'] | null) ?? [],
    createdBy: row.created_by as string | null,
    createdAt: iso(row.created_at),
  };
}

function toMinutes(row: Row): Minutes {
  return {
    id: row.id as string,
    meetingId: row.meeting_id as string,
    conventionId: row.convention_id as string,
    version: row.version as number,
    text: row.text as string,
    createdOn: row.created_on as string,
    circulatedOn: row.circulated_on as string | null,
    signatures: (row.signatures as Minutes['signatures'] | null) ?? [],
    supersededAt: row.superseded_at ? iso(row.superseded_at) : null,
    createdBy: row.created_by as string | null,
    createdAt: iso(row.created_at),
  };
}

function toFile(row: Row): StoredFile {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    kind: row.kind as FileKind,
    minutesId: row.minutes_id as string | null,
    evaluationId: row.evaluation_id as string | null,
    title: row.title as string | null,
    filename: row.filename as string,
    contentType: row.content_type as string,
    size: row.size_bytes as number,
    sha256: (row.sha256 as string).trim(),
    uploadedBy: row.uploaded_by as string | null,
    uploadedAt: iso(row.uploaded_at),
  };
}

function toActionPlan(row: Row): ActionPlan {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    year: row.plan_year as number,
    meetingId: row.meeting_id as string | null,
    validatedOn: row.validated_on as string,
    items: row.items as ActionPlan['items'],
    createdBy: row.created_by as string | null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function toEvaluation(row: Row): Evaluation {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    meetingId: row.meeting_id as string | null,
    presentedOn: row.presented_on as string,
    period: { from: row.period_from as string, to: row.period_to as string },
    indicators: row.indicators as Evaluation['indicators'],
    findings: row.findings as string,
    settles: (row.settles as string[]) ?? [],
    createdBy: row.created_by as string | null,
    createdAt: iso(row.created_at),
  };
}

function toAmendment(row: Row): Amendment {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    number: row.number as number,
    title: row.title as string | null,
    text: row.text as string,
    changes: row.changes as Amendment['changes'],
    proposedOn: row.proposed_on as string,
    approvals: (row.approvals as Amendment['approvals'] | null) ?? [],
    createdBy: row.created_by as string | null,
    createdAt: iso(row.created_at),
  };
}

function toRenewalDecision(row: Row): RenewalDecision {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    kind: row.kind as RenewalDecision['kind'],
    decidedOn: row.decided_on as string,
    party: row.party as string | null,
    deliberations: row.deliberations as RenewalDecision['deliberations'],
    newTermMonths: row.new_term_months as number | null,
    lastDayInForceBefore: row.last_day_before as string | null,
    lastDayInForceAfter: row.last_day_after as string | null,
    note: row.note as string | null,
    createdBy: row.created_by as string | null,
    createdAt: iso(row.created_at),
  };
}

function toRecord(row: Row): DeadlineRecord {
  return {
    conventionId: row.convention_id as string,
    kind: row.kind as DeadlineKind,
    dueOn: row.due_on as string,
    state: row.state as DeadlineRecord['state'],
    doneOn: row.done_on as string | null,
    note: row.note as string | null,
    evidenceUrl: row.evidence_url as string | null,
    reason: row.reason as string | null,
    recordedBy: row.recorded_by as string | null,
    recordedAt: iso(row.recorded_at),
  };
}

/** Reads shared by the repository and its transactions; `where` filters on one convention or one row. */
const SQL = {
  meetings: `SELECT * FROM committee_meetings WHERE convention_id = $1 ORDER BY held_on, created_at`,
  decisions: `SELECT d.*, (SELECT json_agg(json_build_object('party', v.party, 'vote', v.vote) ORDER BY v.position)
                 FROM committee_votes v WHERE v.decision_id = d.id) AS votes
                FROM committee_decisions d`,
  minutes: `SELECT mm.*, m.convention_id,
                   (SELECT json_agg(json_build_object('signatory', s.signatory, 'signedOn', s.signed_on, 'recordedBy', s.recorded_by)
                           ORDER BY s.signed_on, s.recorded_at)
                      FROM minutes_signatures s WHERE s.minutes_id = mm.id) AS signatures
              FROM meeting_minutes mm JOIN committee_meetings m ON m.id = mm.meeting_id`,
  amendments: `SELECT a.*, (SELECT json_agg(json_build_object('party', p.party, 'decision', p.decision, 'on', p.decided_on,
                       'deliberationRef', p.deliberation_ref, 'recordedBy', p.recorded_by) ORDER BY p.recorded_at)
                  FROM amendment_approvals p WHERE p.amendment_id = a.id) AS approvals
                 FROM amendments a`,
  evaluations: `SELECT e.*, e.settles::text[] AS settles FROM evaluations e`,
};

async function readMeetings(manager: EntityManager, conventionId: string): Promise<Meeting[]> {
  return (await manager.query(SQL.meetings, [conventionId])).map(toMeeting);
}

async function readMinutes(manager: EntityManager, where: string, params: unknown[]): Promise<Minutes[]> {
  return (await manager.query(`${SQL.minutes} WHERE ${where} ORDER BY m.held_on, mm.version`, params)).map(
    toMinutes,
  );
}

async function readAmendments(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<Amendment[]> {
  return (await manager.query(`${SQL.amendments} WHERE ${where} ORDER BY a.number`, params)).map(toAmendment);
}

async function readFacts(
  manager: EntityManager,
  conventionIds: string[],
): Promise<Map<string, GovernanceFacts>> {
  const facts = new Map<string, GovernanceFacts>();
  const of = (id: string) => {
    if (!facts.has(id)) facts.set(id, { meetings: [], amendments: [] });
    return facts.get(id)!;
  };
  const meetings: Row[] = await manager.query(
    `SELECT id, convention_id, held_on FROM committee_meetings WHERE convention_id = ANY($1::uuid[]) ORDER BY held_on`,
    [conventionIds],
  );
  const byMeeting = new Map<string, GovernanceFacts['meetings'][number]>();
  for (const row of meetings) {
    const meeting = { id: row.id as string, heldOn: row.held_on as string, minutes: [] };
    byMeeting.set(meeting.id, meeting);
    of(row.convention_id as string).meetings.push(meeting);
  }
  for (const minutes of await readMinutes(manager, 'm.convention_id = ANY($1::uuid[])', [conventionIds])) {
    byMeeting.get(minutes.meetingId)?.minutes.push({
      id: minutes.id,
      version: minutes.version,
      createdOn: minutes.createdOn,
      circulatedOn: minutes.circulatedOn,
      signatures: minutes.signatures.map(({ signatory, signedOn }) => ({ signatory, signedOn })),
      current: minutes.supersededAt === null,
    });
  }
  for (const amendment of await readAmendments(manager, 'a.convention_id = ANY($1::uuid[])', [
    conventionIds,
  ])) {
    of(amendment.conventionId).amendments.push({
      id: amendment.id,
      proposedOn: amendment.proposedOn,
      changes: amendment.changes,
      approvals: amendment.approvals.map(({ party, decision, on, deliberationRef }) => ({
        party,
        decision,
        on,
        deliberationRef,
      })),
    });
  }
  return facts;
}

async function readFiles(manager: EntityManager, where: string, params: unknown[]): Promise<StoredFile[]> {
  return (
    await manager.query(
      `SELECT ${FILE_COLUMNS} FROM governance_files WHERE ${where} ORDER BY uploaded_at, id`,
      params,
    )
  ).map(toFile);
}

/** The writes of one governance change, on the transaction's manager, each with its audit line. */
class TypeormGovernanceTransaction implements GovernanceTransaction {
  private stored: StoredConvention | null = null;

  constructor(
    private readonly manager: EntityManager,
    private readonly conventionId: string,
    private readonly actor: Actor,
  ) {}

  private async audit(
    action: string,
    entity: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await writeAudit(this.manager, {
      actor: this.actor.email,
      action,
      entity,
      entityId,
      conventionId: this.conventionId,
      before,
      after,
    });
  }

  async convention(): Promise<StoredConvention> {
    if (!this.stored) {
      const entity = await this.manager.findOneOrFail(ConventionEntity, {
        where: { id: this.conventionId },
        relations: RELATIONS,
      });
      this.stored = toStoredConvention(entity);
    }
    return this.stored;
  }

  async facts(): Promise<GovernanceFacts> {
    return (
      (await readFacts(this.manager, [this.conventionId])).get(this.conventionId) ?? {
        meetings: [],
        amendments: [],
      }
    );
  }

  meetings(): Promise<Meeting[]> {
    return readMeetings(this.manager, this.conventionId);
  }

  async deadlineRecords(): Promise<DeadlineRecord[]> {
    return (
      await this.manager.query('SELECT * FROM deadline_records WHERE convention_id = $1', [this.conventionId])
    ).map(toRecord);
  }

  async amendment(id: string): Promise<Amendment | null> {
    return (
      (
        await readAmendments(this.manager, 'a.id = $1 AND a.convention_id = $2', [id, this.conventionId])
      )[0] ?? null
    );
  }

  amendments(): Promise<Amendment[]> {
    return readAmendments(this.manager, 'a.convention_id = $1', [this.conventionId]);
  }

  async minutes(id: string): Promise<Minutes | null> {
    return (
      (await readMinutes(this.manager, 'mm.id = $1 AND m.convention_id = $2', [id, this.conventionId]))[0] ??
      null
    );
  }

  minutesOf(meetingId: string): Promise<Minutes[]> {
    return readMinutes(this.manager, 'mm.meeting_id = $1 AND m.convention_id = $2', [
      meetingId,
      this.conventionId,
    ]);
  }

  async decisionsOf(meetingId: string): Promise<Decision[]> {
    return (
      await this.manager.query(`${SQL.decisions} WHERE d.meeting_id = $1 ORDER BY d.created_at`, [meetingId])
    ).map(toDecision);
  }

  async actionPlan(year: number): Promise<ActionPlan | null> {
    const [row] = await this.manager.query(
      'SELECT * FROM action_plans WHERE convention_id = $1 AND plan_year = $2',
      [this.conventionId, year],
    );
    return row ? toActionPlan(row) : null;
  }

  async evaluation(id: string): Promise<Evaluation | null> {
    const [row] = await this.manager.query(`${SQL.evaluations} WHERE e.id = $1 AND e.convention_id = $2`, [
      id,
      this.conventionId,
    ]);
    return row ? toEvaluation(row) : null;
  }

  async evaluations(): Promise<Evaluation[]> {
    return (
      await this.manager.query(`${SQL.evaluations} WHERE e.convention_id = $1 ORDER BY e.period_from`, [
        this.conventionId,
      ])
    ).map(toEvaluation);
  }

  async renewalDecisions(): Promise<RenewalDecision[]> {
    return (
      await this.manager.query(
        'SELECT * FROM renewal_decisions WHERE convention_id = $1 ORDER BY decided_on, created_at',
        [this.conventionId],
      )
    ).map(toRenewalDecision);
  }

  files(): Promise<StoredFile[]> {
    return readFiles(this.manager, 'convention_id = $1', [this.conventionId]);
  }

  async fileBySha(
    owner: { kind: FileKind; minutesId?: string | null; evaluationId?: string | null },
    sha256: string,
  ): Promise<StoredFile | null> {
    const [file] = await readFiles(
      this.manager,
      `convention_id = $1 AND kind = $2 AND minutes_id IS NOT DISTINCT FROM $3 AND evaluation_id IS NOT DISTINCT FROM $4 AND sha256 = $5`,
      [this.conventionId, owner.kind, owner.minutesId ?? null, owner.evaluationId ?? null, sha256],
    );
    return file ?? null;
  }

  async insertMeeting(meeting: Omit<Meeting, 'id' | 'createdBy' | 'createdAt'>): Promise<Meeting> {
    const [row] = await this.manager.query(
      `INSERT INTO committee_meetings (convention_id, held_on, city, country, host_party, convened_by, agenda, attendees, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        this.conventionId,
        meeting.heldOn,
        meeting.city,
        meeting.country,
        meeting.hostParty,
        meeting.convenedBy,
        JSON.stringify(meeting.agenda),
        JSON.stringify(meeting.attendees),
        this.actor.email,
      ],
    );
    const created = toMeeting(row);
    await this.audit('create', 'committee_meeting', created.id, null, created);
    return created;
  }

  async insertDecision(decision: Omit<Decision, 'id' | 'createdBy' | 'createdAt'>): Promise<Decision> {
    const [row] = await this.manager.query(
      `INSERT INTO committee_decisions (meeting_id, subject, agenda_item, rule, adopted, blocked_by, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        decision.meetingId,
        decision.subject,
        decision.agendaItem,
        decision.rule,
        decision.adopted,
        decision.blockedBy,
        this.actor.email,
      ],
    );
    await this.manager.query(
      `INSERT INTO committee_votes (decision_id, position, party, vote)
       SELECT $1, ordinality - 1, party, vote FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS v(party, vote, ordinality)`,
      [row.id, decision.votes.map((vote) => vote.party), decision.votes.map((vote) => vote.vote)],
    );
    const [created] = ((await this.manager.query(`${SQL.decisions} WHERE d.id = $1`, [row.id])) as Row[]).map(
      toDecision,
    );
    await this.audit('create', 'committee_decision', created.id, null, created);
    return created;
  }

  async insertMinutes(
    minutes: Pick<Minutes, 'meetingId' | 'version' | 'text' | 'createdOn' | 'circulatedOn'>,
  ): Promise<Minutes> {
    const [row] = await this.manager.query(
      `INSERT INTO meeting_minutes (meeting_id, version, text, created_on, circulated_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        minutes.meetingId,
        minutes.version,
        minutes.text,
        minutes.createdOn,
        minutes.circulatedOn,
        this.actor.email,
      ],
    );
    const created = (await this.minutes(row.id))!;
    await this.audit('create', 'minutes', created.id, null, created);
    return created;
  }

  async updateMinutes(
    id: string,
    change: { text?: string; circulatedOn?: IsoDate | null },
  ): Promise<Minutes> {
    const before = await this.minutes(id);
    if (!before) throw new DomainError('not_found', `minutes ${id} not found`, 'id');
    await this.manager.query(
      `UPDATE meeting_minutes SET text = $2, circulated_on = $3, updated_at = now() WHERE id = $1`,
      [
        id,
        change.text ?? before.text,
        change.circulatedOn === undefined ? before.circulatedOn : change.circulatedOn,
      ],
    );
    const after = (await this.minutes(id))!;
    await this.audit('update', 'minutes', id, before, after);
    return after;
  }

  async supersedeMinutes(id: string): Promise<void> {
    const before = (await this.minutes(id))!;
    await this.manager.query('UPDATE meeting_minutes SET superseded_at = now() WHERE id = $1', [id]);
    await this.audit('supersede', 'minutes', id, before, await this.minutes(id));
  }

  async addSignature(minutesId: string, signature: MinutesSignature): Promise<Minutes> {
    const before = (await this.minutes(minutesId))!;
    await this.manager.query(
      `INSERT INTO minutes_signatures (minutes_id, signatory, signed_on, recorded_by) VALUES ($1, $2, $3, $4)`,
      [minutesId, signature.signatory, signature.signedOn, this.actor.email],
    );
    const after = (await this.minutes(minutesId))!;
    await this.audit('sign', 'minutes', minutesId, before, after);
    return after;
  }

  async insertFile(
    file: Omit<StoredFile, 'id' | 'uploadedBy' | 'uploadedAt' | 'size' | 'sha256' | 'conventionId'>,
    content: Buffer,
  ): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const [row] = await this.manager.query(
      `INSERT INTO governance_files (convention_id, kind, minutes_id, evaluation_id, title, filename, content_type, size_bytes,
         sha256, content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${FILE_COLUMNS}`,
      [
        this.conventionId,
        file.kind,
        file.minutesId,
        file.evaluationId,
        file.title,
        file.filename,
        file.contentType,
        content.length,
        sha256,
        content,
        this.actor.email,
      ],
    );
    const created = toFile(row);
    await this.audit('create', 'file', created.id, null, created);
    return created;
  }

  async saveActionPlan(
    plan: Pick<ActionPlan, 'year' | 'meetingId' | 'validatedOn' | 'items'>,
  ): Promise<ActionPlan> {
    const before = await this.actionPlan(plan.year);
    const [row] = await this.manager.query(
      `INSERT INTO action_plans (convention_id, plan_year, meeting_id, validated_on, items, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (convention_id, plan_year) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,
         validated_on = EXCLUDED.validated_on, items = EXCLUDED.items, updated_at = now()
       RETURNING *`,
      [
        this.conventionId,
        plan.year,
        plan.meetingId,
        plan.validatedOn,
        JSON.stringify(plan.items),
        this.actor.email,
      ],
    );
    const saved = toActionPlan(row);
    await this.audit(before ? 'update' : 'create', 'action_plan', saved.id, before, saved);
    return saved;
  }

  async insertEvaluation(
    evaluation: Omit<Evaluation, 'id' | 'conventionId' | 'createdBy' | 'createdAt'>,
  ): Promise<Evaluation> {
    const [row] = await this.manager.query(
      `INSERT INTO evaluations (convention_id, meeting_id, presented_on, period_from, period_to, indicators, findings, settles, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date[], $9) RETURNING id`,
      [
        this.conventionId,
        evaluation.meetingId,
        evaluation.presentedOn,
        evaluation.period.from,
        evaluation.period.to,
        JSON.stringify(evaluation.indicators),
        evaluation.findings,
        evaluation.settles,
        this.actor.email,
      ],
    );
    const created = (await this.evaluation(row.id))!;
    await this.audit('create', 'evaluation', created.id, null, created);
    return created;
  }

  async insertAmendment(
    amendment: Pick<Amendment, 'title' | 'text' | 'changes' | 'proposedOn'>,
  ): Promise<Amendment> {
    const [row] = await this.manager.query(
      `INSERT INTO amendments (convention_id, number, title, text, changes, proposed_on, created_by)
       VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM amendments WHERE convention_id = $1), $2, $3, $4, $5, $6)
       RETURNING id`,
      [
        this.conventionId,
        amendment.title,
        amendment.text,
        JSON.stringify(amendment.changes),
        amendment.proposedOn,
        this.actor.email,
      ],
    );
    const created = (await this.amendment(row.id))!;
    await this.audit('create', 'amendment', created.id, null, created);
    return created;
  }

  async addApproval(amendmentId: string, approval: AmendmentApproval): Promise<Amendment> {
    const before = (await this.amendment(amendmentId))!;
    await this.manager.query(
      `INSERT INTO amendment_approvals (amendment_id, party, decision, decided_on, deliberation_ref, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        amendmentId,
        approval.party,
        approval.decision,
        approval.on,
        approval.deliberationRef ?? null,
        this.actor.email,
      ],
    );
    const after = (await this.amendment(amendmentId))!;
    await this.audit(
      approval.decision === 'approved' ? 'approve' : 'refuse',
      'amendment',
      amendmentId,
      before,
      after,
    );
    return after;
  }

  async insertRenewalDecision(
    decision: Omit<RenewalDecision, 'id' | 'conventionId' | 'createdBy' | 'createdAt'>,
  ): Promise<RenewalDecision> {
    const [row] = await this.manager.query(
      `INSERT INTO renewal_decisions (convention_id, kind, decided_on, party, deliberations, new_term_months, last_day_before,
         last_day_after, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [
        this.conventionId,
        decision.kind,
        decision.decidedOn,
        decision.party,
        JSON.stringify(decision.deliberations),
        decision.newTermMonths,
        decision.lastDayInForceBefore,
        decision.lastDayInForceAfter,
        decision.note,
        this.actor.email,
      ],
    );
    const created = toRenewalDecision(row);
    await this.audit('create', 'renewal_decision', created.id, null, created);
    return created;
  }

  async settleDeadline(settlement: DeadlineSettlement): Promise<DeadlineRecord> {
    const key = [this.conventionId, settlement.kind, settlement.dueOn];
    const [before] = await this.manager.query(
      'SELECT * FROM deadline_records WHERE convention_id = $1 AND kind = $2 AND due_on = $3 FOR UPDATE',
      key,
    );
    const [row] = await this.manager.query(
      `INSERT INTO deadline_records (convention_id, kind, due_on, state, done_on, note, evidence_url, reason, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8)
       ON CONFLICT (convention_id, kind, due_on) DO UPDATE SET state = EXCLUDED.state, done_on = EXCLUDED.done_on,
         note = EXCLUDED.note, evidence_url = NULL, reason = EXCLUDED.reason, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
       RETURNING *`,
      [...key, settlement.state, settlement.doneOn, settlement.note, settlement.reason, this.actor.email],
    );
    const saved = toRecord(row);
    await writeAudit(this.manager, {
      actor: this.actor.email,
      action: before ? 'update' : 'create',
      entity: 'deadline_record',
      entityId: `${settlement.kind}:${settlement.dueOn}`,
      conventionId: this.conventionId,
      before: before ? toRecord(before) : null,
      after: saved,
    });
    return saved;
  }

  async replaceConvention(
    doc: ConventionToStore,
    derived: ConventionDerivedColumns,
  ): Promise<StoredConvention> {
    // As TypeormConventionRepository.replace does, inside this transaction: the document is the unit of change.
    const existing = await this.manager.findOneOrFail(ConventionEntity, { where: { id: this.conventionId } });
    const before = await this.convention();
    await this.manager.delete(PartyEntity, { convention: { id: this.conventionId } });
    await this.manager.delete(ClauseEntity, { convention: { id: this.conventionId } });
    await this.manager.delete(FinancialCommitmentEntity, { convention: { id: this.conventionId } });
    await this.manager.save(toConventionEntity(doc, derived, existing));
    await replaceDeadlines(this.manager, [{ conventionId: this.conventionId, deadlines: derived.deadlines }]);
    await setHorizons(this.manager, [{ id: this.conventionId, until: derived.deadlinesUntil }]);
    this.stored = null;
    const after = await this.convention();
    await this.audit('update', 'convention', this.conventionId, before, after);
    return after;
  }

  async rematerialise(
    materialised: Pick<ConventionDerivedColumns, 'deadlines' | 'deadlinesUntil' | 'startsOn' | 'endsOn'>,
  ): Promise<void> {
    await this.manager.query(
      `UPDATE conventions SET starts_on = $2, ends_on = $3
        WHERE id = $1 AND (starts_on IS DISTINCT FROM $2 OR ends_on IS DISTINCT FROM $3)`,
      [this.conventionId, materialised.startsOn, materialised.endsOn],
    );
    await replaceDeadlines(this.manager, [
      { conventionId: this.conventionId, deadlines: materialised.deadlines },
    ]);
    await setHorizons(this.manager, [{ id: this.conventionId, until: materialised.deadlinesUntil }]);
  }
}

export class TypeormGovernanceRepository extends GovernanceRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock = new SystemClock(),
  ) {
    super();
  }

  async factsOf(conventionId: string): Promise<GovernanceFacts> {
    return (
      (await readFacts(this.dataSource.manager, [conventionId])).get(conventionId) ?? {
        meetings: [],
        amendments: [],
      }
    );
  }

  async factsOfMany(conventionIds: string[]): Promise<Map<string, GovernanceFacts>> {
    return conventionIds.length ? readFacts(this.dataSource.manager, conventionIds) : new Map();
  }

  async conventionOf(resource: GovernanceResource, id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const sql: Record<GovernanceResource, string> = {
      meeting: 'SELECT convention_id FROM committee_meetings WHERE id = $1',
      minutes: `SELECT m.convention_id FROM meeting_minutes mm JOIN committee_meetings m ON m.id = mm.meeting_id WHERE mm.id = $1`,
      amendment: 'SELECT convention_id FROM amendments WHERE id = $1',
      action_plan: 'SELECT convention_id FROM action_plans WHERE id = $1',
      evaluation: 'SELECT convention_id FROM evaluations WHERE id = $1',
      file: 'SELECT convention_id FROM governance_files WHERE id = $1',
    };
    const [row] = await this.dataSource.query(sql[resource], [id]);
    return row ? (row.convention_id as string) : null;
  }

  async transaction<T>(
    conventionId: string,
    actor: Actor,
    work: (tx: GovernanceTransaction) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      // One governance change of a convention at a time: retries and concurrent answers see each other.
      const locked = await manager.query('SELECT id FROM conventions WHERE id = $1 FOR UPDATE', [
        conventionId,
      ]);
      if (locked.length === 0)
        throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
      const result = await work(new TypeormGovernanceTransaction(manager, conventionId, actor));
      // A meeting, minutes, an amendment may add, move or settle deadlines: today's steps, now.
      await scheduleDueReminders(manager, [conventionId], this.clock.now());
      return result;
    });
  }

  meetings(conventionId: string): Promise<Meeting[]> {
    return readMeetings(this.dataSource.manager, conventionId);
  }

  meeting(id: string): Promise<Meeting | null> {
    return this.one('SELECT * FROM committee_meetings WHERE id = $1', id, toMeeting);
  }

  /** The record a query finds by id, mapped; null for no row or an id that is not a uuid. */
  private async one<T>(sql: string, id: string, map: (row: Row) => T): Promise<T | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.dataSource.query(sql, [id]);
    return row ? map(row) : null;
  }

  async decisionsOf(meetingId: string): Promise<Decision[]> {
    return (
      await this.dataSource.query(`${SQL.decisions} WHERE d.meeting_id = $1 ORDER BY d.created_at`, [
        meetingId,
      ])
    ).map(toDecision);
  }

  async minutes(id: string): Promise<Minutes | null> {
    if (!UUID.test(id)) return null;
    return (await readMinutes(this.dataSource.manager, 'mm.id = $1', [id]))[0] ?? null;
  }

  minutesOf(meetingId: string): Promise<Minutes[]> {
    return readMinutes(this.dataSource.manager, 'mm.meeting_id = $1', [meetingId]);
  }

  amendments(conventionId: string): Promise<Amendment[]> {
    return readAmendments(this.dataSource.manager, 'a.convention_id = $1', [conventionId]);
  }

  async amendment(id: string): Promise<Amendment | null> {
    if (!UUID.test(id)) return null;
    return (await readAmendments(this.dataSource.manager, 'a.id = $1', [id]))[0] ?? null;
  }

  async actionPlans(conventionId: string): Promise<ActionPlan[]> {
    return (
      await this.dataSource.query('SELECT * FROM action_plans WHERE convention_id = $1 ORDER BY plan_year', [
        conventionId,
      ])
    ).map(toActionPlan);
  }

  actionPlan(id: string): Promise<ActionPlan | null> {
    return this.one('SELECT * FROM action_plans WHERE id = $1', id, toActionPlan);
  }

  async evaluations(conventionId: string): Promise<Evaluation[]> {
    return (
      await this.dataSource.query(`${SQL.evaluations} WHERE e.convention_id = $1 ORDER BY e.period_from`, [
        conventionId,
      ])
    ).map(toEvaluation);
  }

  evaluation(id: string): Promise<Evaluation | null> {
    return this.one(`${SQL.evaluations} WHERE e.id = $1`, id, toEvaluation);
  }

  async renewalDecisions(conventionId: string): Promise<RenewalDecision[]> {
    return (
      await this.dataSource.query(
        'SELECT * FROM renewal_decisions WHERE convention_id = $1 ORDER BY decided_on, created_at',
        [conventionId],
      )
    ).map(toRenewalDecision);
  }

  files(
    conventionId: string,
    owner: { minutesId?: string; evaluationId?: string; documentsOnly?: boolean } = {},
  ): Promise<StoredFile[]> {
    const clauses = ['convention_id = $1'];
    const params: unknown[] = [conventionId];
    if (owner.minutesId) clauses.push(`minutes_id = $${params.push(owner.minutesId)}`);
    if (owner.evaluationId) clauses.push(`evaluation_id = $${params.push(owner.evaluationId)}`);
    if (owner.documentsOnly) clauses.push(`kind NOT IN ('minutes', 'evaluation')`);
    return readFiles(this.dataSource.manager, clauses.join(' AND '), params);
  }

  async file(id: string): Promise<(StoredFile & { content: Buffer }) | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.dataSource.query(
      `SELECT ${FILE_COLUMNS}, content FROM governance_files WHERE id = $1`,
      [id],
    );
    return row ? { ...toFile(row), content: row.content as Buffer } : null;
  }
}
