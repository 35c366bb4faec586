import { Body, Controller, Get, Param, Post, Query, UploadedFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
} from '@nestjs/swagger';
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
import { Actor, StoredConvention } from '@passerelle/domain';
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
import { FileViewDto } from './dto/meeting-view.dto';
import { AmendmentViewDto, ClausesInForceViewDto } from './dto/amendment-view.dto';
import {
  ActionPlanViewDto,
  EvaluationWithAttachmentsDto,
  MeetingListDto,
  RenewalDecisionViewDto,
} from './dto/plan-view.dto';
import { GovernanceRoutes, GovernedConvention } from './governance-access.guard';
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
    @Param('id') _id: string,
    @Body() body: LogMeetingDto,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<LoggedMeetingView> {
    return this.logMeeting.execute(convention, body, actor, locale);
  }

  /** The committee's meetings by date with their warnings, and the parts of years that passed without one. */
  @Get('meetings')
  @ApiOkResponse({ type: MeetingListDto })
  meetings(
    @Param('id') _id: string,
    @RequestLocale() locale: Locale,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<{ items: MeetingView[]; warnings: GovernanceWarning[] }> {
    return this.listMeetings.execute(convention, locale);
  }

  /** Proposes an avenant: `changes` is a partial clauses object applied from the day it enters into force. */
  @Post('amendments')
  @ApiCreatedResponse({ type: AmendmentViewDto })
  @ApiBadRequestResponse({ description: 'invalid changes; the message names the field (changes.…)' })
  propose(
    @Param('id') _id: string,
    @Body() body: ProposeAmendmentDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<AmendmentView> {
    return this.proposeAmendment.execute(convention, body, actor);
  }

  @Get('amendments')
  @ApiOkResponse({ type: [AmendmentViewDto] })
  amendments(
    @Param('id') _id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<AmendmentView[]> {
    return this.listAmendments.execute(convention);
  }

  /** The clauses in force on a day (default today) as amended, and the versions they went through. */
  @Get('clauses')
  @ApiOkResponse({ type: ClausesInForceViewDto })
  clauses(
    @Param('id') _id: string,
    @Query() query: ClausesInForceQuery,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<ClausesInForceView> {
    return this.clausesInForce.execute(convention, query.on);
  }

  @Get('action-plans')
  @ApiOkResponse({ type: [ActionPlanViewDto] })
  actionPlans(
    @Param('id') _id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<ActionPlanView[]> {
    return this.listActionPlans.execute(convention);
  }

  @Get('evaluations')
  @ApiOkResponse({ type: [EvaluationWithAttachmentsDto] })
  evaluations(
    @Param('id') _id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<Array<Evaluation & { attachments: FileView[] }>> {
    return this.listEvaluations.execute(convention);
  }

  /** An express renewal, a decision not to renew, or a notice of termination, applied to the convention. */
  @Post('renewal-decisions')
  @ApiBadRequestResponse({ description: 'invalid input; the message names the field' })
  @ApiConflictResponse({ description: 'no more renewals allowed, or the convention already ends earlier' })
  renewalDecision(
    @Param('id') _id: string,
    @Body() body: RecordRenewalDecisionDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<RenewalDecisionView> {
    return this.recordRenewalDecision.execute(convention, body, actor);
  }

  @Get('renewal-decisions')
  @ApiOkResponse({ type: [RenewalDecisionViewDto] })
  renewalDecisions(
    @Param('id') _id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<RenewalDecision[]> {
    return this.listRenewalDecisions.execute(convention);
  }

  /** Attaches a PDF document to the convention (signed text, deliberation, prefecture acknowledgment…). */
  @Post('documents')
  @PdfUpload({ kind: { type: 'string', enum: [...DOCUMENT_KINDS] }, title: { type: 'string' } }, ['kind'])
  uploadDocument(
    @Param('id') id: string,
    @Body() body: UploadDocumentDto,
    @UploadedFile() file: MultipartFile | undefined,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<FileView> {
    return this.attachFile.execute(
      convention,
      { kind: 'document', conventionId: id, documentKind: body.kind, title: body.title },
      uploadedPdf(file),
      actor,
    );
  }

  @Get('documents')
  @ApiOkResponse({ type: [FileViewDto] })
  documents(
    @Param('id') _id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<FileView[]> {
    return this.listDocuments.execute(convention);
  }
}
