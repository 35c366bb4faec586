import { Body, Controller, Get, Param, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse } from '@nestjs/swagger';
import {
  ActionPlanView,
  AmendmentView,
  AttachFileUseCase,
  ClausesInForceView,
  DOCUMENT_KINDS,
  Evaluation,
  FileView,
  GetClausesInForceUseCase,
  GovernanceWarning,
  ListActionPlansUseCase,
  ListAmendmentsUseCase,
  ListDocumentsUseCase,
  ListEvaluationsUseCase,
  ListMeetingsUseCase,
  ListRenewalDecisionsUseCase,
  LoggedMeetingView,
  LogMeetingUseCase,
  MeetingView,
  ProposeAmendmentUseCase,
  RecordRenewalDecisionUseCase,
  RenewalDecision,
  RenewalDecisionView,
} from '@passerelle/application';
import { Actor, ClauseChanges } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/locale.decorator';
import {
  ClausesInForceQuery,
  ProposeAmendmentDto,
  RecordRenewalDecisionDto,
  UploadDocumentDto,
} from './dto/amendment.dto';
import { LogMeetingDto } from './dto/meeting.dto';
import { GovernanceRoutes } from './governance-access.guard';
import { MultipartFile, PdfUpload, uploadedPdf } from './pdf-upload.interceptor';

/** A convention's committee meetings, amendments, clause versions, plans, evaluations, renewals and documents. */
@GovernanceRoutes('convention', 'no such convention, or one the caller may not see')
@Controller('api/conventions/:id')
export class ConventionGovernanceController {
  constructor(
    private readonly logMeeting: LogMeetingUseCase,
    private readonly listMeetings: ListMeetingsUseCase,
    private readonly proposeAmendment: ProposeAmendmentUseCase,
    private readonly listAmendments: ListAmendmentsUseCase,
    private readonly clausesInForce: GetClausesInForceUseCase,
    private readonly listActionPlans: ListActionPlansUseCase,
    private readonly listEvaluations: ListEvaluationsUseCase,
    private readonly recordRenewalDecision: RecordRenewalDecisionUseCase,
    private readonly listRenewalDecisions: ListRenewalDecisionsUseCase,
    private readonly attachFile: AttachFileUseCase,
    private readonly listDocuments: ListDocumentsUseCase,
  ) {}

  /** Logs a committee meeting: satisfies that part of the year's committee_meeting deadline, answers with warnings. */
  @Post('meetings')
  @ApiBadRequestResponse({ description: 'invalid input; an unknown hostParty or attendee party is named' })
  @ApiConflictResponse({ description: 'another meeting is already logged that day' })
  logCommitteeMeeting(
    @Param('id') id: string,
    @Body() body: LogMeetingDto,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ): Promise<LoggedMeetingView> {
    return this.logMeeting.execute(id, body, actor, locale);
  }

  /** The committee's meetings by date with their warnings, and the parts of years that passed without one. */
  @Get('meetings')
  meetings(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ): Promise<{ items: MeetingView[]; warnings: GovernanceWarning[] }> {
    return this.listMeetings.execute(id, actor, locale);
  }

  /** Proposes an avenant: `changes` is a partial clauses object applied from the day it enters into force. */
  @Post('amendments')
  @ApiBadRequestResponse({ description: 'invalid changes; the message names the field (changes.…)' })
  propose(
    @Param('id') id: string,
    @Body() body: ProposeAmendmentDto,
    @CurrentActor() actor: Actor,
  ): Promise<AmendmentView> {
    return this.proposeAmendment.execute(id, { ...body, changes: body.changes as ClauseChanges }, actor);
  }

  @Get('amendments')
  amendments(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AmendmentView[]> {
    return this.listAmendments.execute(id, actor);
  }

  /** The clauses in force on a day (default today) as amended, and the versions they went through. */
  @Get('clauses')
  clauses(
    @Param('id') id: string,
    @Query() query: ClausesInForceQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ClausesInForceView> {
    return this.clausesInForce.execute(id, query.on, actor);
  }

  @Get('action-plans')
  actionPlans(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ActionPlanView[]> {
    return this.listActionPlans.execute(id, actor);
  }

  @Get('evaluations')
  evaluations(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Array<Evaluation & { attachments: FileView[] }>> {
    return this.listEvaluations.execute(id, actor);
  }

  /** An express renewal, a decision not to renew, or a notice of termination, applied to the convention. */
  @Post('renewal-decisions')
  @ApiBadRequestResponse({ description: 'invalid input; the message names the field' })
  @ApiConflictResponse({ description: 'no more renewals allowed, or the convention already ends earlier' })
  renewalDecision(
    @Param('id') id: string,
    @Body() body: RecordRenewalDecisionDto,
    @CurrentActor() actor: Actor,
  ): Promise<RenewalDecisionView> {
    return this.recordRenewalDecision.execute(id, body, actor);
  }

  @Get('renewal-decisions')
  renewalDecisions(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<RenewalDecision[]> {
    return this.listRenewalDecisions.execute(id, actor);
  }

  /** Attaches a PDF document to the convention (signed text, deliberation, prefecture acknowledgment…). */
  @Post('documents')
  @PdfUpload({ kind: { type: 'string', enum: [...DOCUMENT_KINDS] }, title: { type: 'string' } }, ['kind'])
  uploadDocument(
    @Param('id') id: string,
    @Body() body: UploadDocumentDto,
    @UploadedFile() file: MultipartFile | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<FileView> {
    return this.attachFile.execute(
      { kind: 'document', conventionId: id, documentKind: body.kind, title: body.title },
      uploadedPdf(file),
      actor,
    );
  }

  @Get('documents')
  documents(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<FileView[]> {
    return this.listDocuments.execute(id, actor);
  }
}
