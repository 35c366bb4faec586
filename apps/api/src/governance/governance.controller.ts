import { Body, Controller, Get, Param, Patch, Post, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse } from '@nestjs/swagger';
import {
  ActionPlanView,
  AmendmentView,
  AnswerAmendmentUseCase,
  AttachFileUseCase,
  CirculateMinutesUseCase,
  DecisionView,
  Evaluation,
  FileView,
  GetFileUseCase,
  GetMeetingUseCase,
  ListAmendmentsUseCase,
  ListMinutesUseCase,
  MeetingDetailView,
  MinutesView,
  PresentEvaluationUseCase,
  RecordDecisionUseCase,
  SignMinutesUseCase,
  UpdateActionPlanUseCase,
  ValidateActionPlanUseCase,
  WriteMinutesUseCase,
} from '@passerelle/application';
import { Actor, StoredConvention } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/locale.decorator';
import { ActionPlanItemsDto, PresentEvaluationDto, ValidateActionPlanDto } from './dto/action-plan.dto';
import { AnswerAmendmentDto } from './dto/amendment.dto';
import { CirculateMinutesDto, RecordDecisionDto, SignMinutesDto, WriteMinutesDto } from './dto/meeting.dto';
import { GovernanceRoutes, GovernedConvention } from './governance-access.guard';
import { MultipartFile, PdfUpload, uploadedPdf } from './pdf-upload.interceptor';

/** One committee meeting: its decisions, minutes, and the action plans and evaluations presented to it. */
@GovernanceRoutes('meeting', 'no such meeting, or one of a convention the caller may not see')
@Controller('api/meetings/:id')
export class MeetingsController {
  constructor(
    private readonly getMeeting: GetMeetingUseCase,
    private readonly recordDecision: RecordDecisionUseCase,
    private readonly writeMinutes: WriteMinutesUseCase,
    private readonly listMinutes: ListMinutesUseCase,
    private readonly validateActionPlan: ValidateActionPlanUseCase,
    private readonly presentEvaluation: PresentEvaluationUseCase,
  ) {}

  @Get()
  meeting(
    @Param('id') id: string,
    @RequestLocale() locale: Locale,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MeetingDetailView> {
    return this.getMeeting.execute(convention, id, locale);
  }

  /** A decision and each party's vote (unlisted parties are absent): `{adopted, blockedBy}` by the decision rule. */
  @Post('decisions')
  @ApiBadRequestResponse({ description: 'an unknown or repeated party names the field votes[i].party' })
  @ApiConflictResponse({ description: 'the same subject is already decided with other votes' })
  decision(
    @Param('id') id: string,
    @Body() body: RecordDecisionDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<DecisionView> {
    return this.recordDecision.execute(convention, id, body, actor);
  }

  /** Writes the minutes: a draft is corrected in place; circulated or signed minutes get a new version. */
  @Post('minutes')
  minutes(
    @Param('id') id: string,
    @Body() body: WriteMinutesDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MinutesView> {
    return this.writeMinutes.execute(convention, id, body, actor);
  }

  /** Every version of the minutes, oldest first. */
  @Get('minutes')
  minutesHistory(
    @Param('id') id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MinutesView[]> {
    return this.listMinutes.execute(convention, id);
  }

  /** Validates a year's action plan: that year's action_plan deadline is recorded done on the meeting's date. */
  @Post('action-plans')
  @ApiConflictResponse({ description: 'another plan is already validated for that year' })
  actionPlan(
    @Param('id') id: string,
    @Body() body: ValidateActionPlanDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<ActionPlanView> {
    return this.validateActionPlan.execute(convention, id, body, actor);
  }

  /** Presents an evaluation: the evaluation deadlines it answers are recorded done on the meeting's date. */
  @Post('evaluations')
  evaluation(
    @Param('id') id: string,
    @Body() body: PresentEvaluationDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<Evaluation> {
    return this.presentEvaluation.execute(convention, id, body, actor);
  }
}

/** One version of a meeting's minutes (procès-verbal): circulation, signatures, attachments. */
@GovernanceRoutes('minutes', 'no such minutes, or of a convention the caller may not see')
@Controller('api/minutes/:id')
export class MinutesController {
  constructor(
    private readonly listMinutes: ListMinutesUseCase,
    private readonly circulateMinutes: CirculateMinutesUseCase,
    private readonly signMinutes: SignMinutesUseCase,
    private readonly attachFile: AttachFileUseCase,
  ) {}

  @Get()
  minutes(@Param('id') id: string, @GovernedConvention() convention: StoredConvention): Promise<MinutesView> {
    return this.listMinutes.one(convention, id);
  }

  /** Sends a draft to the signatories; it is locked from then on. */
  @Post('circulate')
  circulate(
    @Param('id') id: string,
    @Body() body: CirculateMinutesDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MinutesView> {
    return this.circulateMinutes.execute(convention, id, body, actor);
  }

  /** A signature by one of the clause's minutesSignatories: `{status, executoryOn}` and the rest of the minutes. */
  @Post('signatures')
  @ApiBadRequestResponse({
    description: 'not one of the committee clause’s minutesSignatories (names signatory)',
  })
  @ApiConflictResponse({ description: 'already signed on another day, or a later version exists' })
  signature(
    @Param('id') id: string,
    @Body() body: SignMinutesDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MinutesView> {
    return this.signMinutes.execute(convention, id, body, actor);
  }

  @Post('attachments')
  @PdfUpload()
  attach(
    @Param('id') id: string,
    @UploadedFile() file: MultipartFile | undefined,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<FileView> {
    return this.attachFile.execute(convention, { kind: 'minutes', minutesId: id }, uploadedPdf(file), actor);
  }
}

/** An avenant and the parties' answers. */
@GovernanceRoutes('amendment', 'no such amendment, or of a convention the caller may not see')
@Controller('api/amendments/:id')
export class AmendmentsController {
  constructor(
    private readonly listAmendments: ListAmendmentsUseCase,
    private readonly answerAmendment: AnswerAmendmentUseCase,
  ) {}

  @Get()
  amendment(
    @Param('id') id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<AmendmentView> {
    return this.listAmendments.one(convention, id);
  }

  /** A party approves or refuses: `{status, missing}`; in force on the date of the last approval. */
  @Post('approvals')
  @ApiBadRequestResponse({ description: 'an unknown party names the field party' })
  @ApiConflictResponse({ description: 'the party already answered otherwise, or the amendment was refused' })
  approval(
    @Param('id') id: string,
    @Body() body: AnswerAmendmentDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<AmendmentView> {
    return this.answerAmendment.execute(convention, id, body, actor);
  }
}

@GovernanceRoutes('action_plan')
@Controller('api/action-plans/:id')
export class ActionPlansController {
  constructor(private readonly updateActionPlan: UpdateActionPlanUseCase) {}

  /** Follows the plan through the year: its items replaced as a whole. */
  @Patch()
  update(
    @Param('id') id: string,
    @Body() body: ActionPlanItemsDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<ActionPlanView> {
    return this.updateActionPlan.execute(convention, id, body, actor);
  }
}

@GovernanceRoutes('evaluation')
@Controller('api/evaluations/:id')
export class EvaluationsController {
  constructor(private readonly attachFile: AttachFileUseCase) {}

  @Post('attachments')
  @PdfUpload()
  attach(
    @Param('id') id: string,
    @UploadedFile() file: MultipartFile | undefined,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<FileView> {
    return this.attachFile.execute(
      convention,
      { kind: 'evaluation', evaluationId: id },
      uploadedPdf(file),
      actor,
    );
  }
}

@GovernanceRoutes('file', undefined, { readOnly: true })
@Controller('api/files/:id')
export class FilesController {
  constructor(private readonly getFile: GetFileUseCase) {}

  /** Downloads a stored PDF. */
  @Get()
  @ApiOkResponse({
    description: 'the PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async download(
    @Param('id') id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<StreamableFile> {
    const file = await this.getFile.execute(convention, id);
    const ascii = file.filename.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      length: file.size,
      disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    });
  }
}
