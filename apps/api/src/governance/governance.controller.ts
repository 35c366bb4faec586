import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
} from '@nestjs/swagger';
import {
  ActionPlanView,
  AmendmentView,
  AnswerAmendmentUseCase,
  AttachFileUseCase,
  DeleteMeetingUseCase,
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
  UpdateActionPlanUseCase,
  UpdateMeetingUseCase,
  ValidateActionPlanUseCase,
  WriteMinutesUseCase,
} from '@passerelle/application';
import { Actor, StoredConvention } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/locale.decorator';
import { ActionPlanItemsDto, PresentEvaluationDto, ValidateActionPlanDto } from './dto/action-plan.dto';
import { AnswerAmendmentDto } from './dto/amendment.dto';
import { AmendmentViewDto } from './dto/amendment-view.dto';
import { RecordDecisionDto, UpdateMeetingDto, WriteMinutesDto } from './dto/meeting.dto';
import { MeetingDetailDto } from './dto/meeting-view.dto';
import { GovernanceRoutes, GovernedConvention } from './governance-access.guard';
import { MultipartFile, PdfUpload, uploadedPdf } from './pdf-upload.interceptor';

/** One committee meeting: its decisions, minutes, and the action plans and evaluations presented to it. */
@GovernanceRoutes('meeting', 'no such meeting, or one of a convention the caller may not see')
@Controller('api/meetings/:id')
export class MeetingsController {
  constructor(
    private readonly getMeeting: GetMeetingUseCase,
    private readonly updateMeeting: UpdateMeetingUseCase,
    private readonly deleteMeeting: DeleteMeetingUseCase,
    private readonly recordDecision: RecordDecisionUseCase,
    private readonly writeMinutes: WriteMinutesUseCase,
    private readonly listMinutes: ListMinutesUseCase,
    private readonly validateActionPlan: ValidateActionPlanUseCase,
    private readonly presentEvaluation: PresentEvaluationUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeetingDetailDto })
  meeting(
    @Param('id') id: string,
    @RequestLocale() locale: Locale,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MeetingDetailView> {
    return this.getMeeting.execute(convention, id, locale);
  }

  /** Corrects the meeting (only the fields sent) until its minutes are executory; answers the meeting as GET does. */
  @Patch()
  @ApiOkResponse({ type: MeetingDetailDto, description: 'the meeting as GET answers it' })
  @ApiBadRequestResponse({
    description:
      'invalid input; an unknown party, an agenda shorter than a decision needs, a date after a signature',
  })
  @ApiConflictResponse({
    description:
      'the minutes are executory (names minutes); another meeting that day, or action plans or evaluations dated by it (names heldOn)',
  })
  async update(
    @Param('id') id: string,
    @Body() body: UpdateMeetingDto,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MeetingDetailView> {
    await this.updateMeeting.execute(convention, id, body, actor);
    return this.getMeeting.execute(convention, id, locale);
  }

  /** Deletes a meeting logged by mistake, with its decisions and unsigned minutes. */
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'deleted; its committee_meeting deadline is open again if no other meeting meets it',
  })
  @ApiConflictResponse({
    description:
      'the minutes are executory (names minutes), or action plans or evaluations were presented at it',
  })
  async remove(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<void> {
    await this.deleteMeeting.execute(convention, id, actor);
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

/** An avenant and the parties' answers. */
@GovernanceRoutes('amendment', 'no such amendment, or of a convention the caller may not see')
@Controller('api/amendments/:id')
export class AmendmentsController {
  constructor(
    private readonly listAmendments: ListAmendmentsUseCase,
    private readonly answerAmendment: AnswerAmendmentUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: AmendmentViewDto })
  amendment(
    @Param('id') id: string,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<AmendmentView> {
    return this.listAmendments.one(convention, id);
  }

  /** A party approves or refuses: `{status, missing}`; in force on the date of the last approval. */
  @Post('approvals')
  @ApiCreatedResponse({ type: AmendmentViewDto })
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
