import { Module } from '@nestjs/common';
import {
  AnswerAmendmentUseCase,
  AttachFileUseCase,
  CirculateMinutesUseCase,
  GetClausesInForceUseCase,
  GetFileUseCase,
  GetMeetingUseCase,
  ListActionPlansUseCase,
  ListAmendmentsUseCase,
  ListDocumentsUseCase,
  ListEvaluationsUseCase,
  ListMeetingsUseCase,
  ListMinutesUseCase,
  ListRenewalDecisionsUseCase,
  LogMeetingUseCase,
  UpdateMeetingUseCase,
  DeleteMeetingUseCase,
  PresentEvaluationUseCase,
  ProposeAmendmentUseCase,
  RecordDecisionUseCase,
  ResolveConventionAccessUseCase,
  RecordRenewalDecisionUseCase,
  SignMinutesUseCase,
  UpdateActionPlanUseCase,
  ValidateActionPlanUseCase,
  WriteMinutesUseCase,
} from '@passerelle/application';
import { ConventionGovernanceController } from './convention-governance.controller';
import {
  ActionPlansController,
  AmendmentsController,
  EvaluationsController,
  FilesController,
  MeetingsController,
} from './governance.controller';
import { MinutesController } from './minutes.controller';
import { GovernanceAccessGuard } from './governance-access.guard';
import { PdfUploadInterceptor } from './pdf-upload.interceptor';

/** Issue 6: committee meetings, decisions, minutes, action plans, evaluations, amendments, renewals, documents. */
@Module({
  controllers: [
    ConventionGovernanceController,
    MeetingsController,
    MinutesController,
    AmendmentsController,
    ActionPlansController,
    EvaluationsController,
    FilesController,
  ],
  providers: [
    GovernanceAccessGuard,
    ResolveConventionAccessUseCase,
    PdfUploadInterceptor,
    LogMeetingUseCase,
    UpdateMeetingUseCase,
    DeleteMeetingUseCase,
    ListMeetingsUseCase,
    GetMeetingUseCase,
    RecordDecisionUseCase,
    WriteMinutesUseCase,
    CirculateMinutesUseCase,
    SignMinutesUseCase,
    ListMinutesUseCase,
    AttachFileUseCase,
    GetFileUseCase,
    ListDocumentsUseCase,
    ValidateActionPlanUseCase,
    UpdateActionPlanUseCase,
    ListActionPlansUseCase,
    PresentEvaluationUseCase,
    ListEvaluationsUseCase,
    ProposeAmendmentUseCase,
    AnswerAmendmentUseCase,
    ListAmendmentsUseCase,
    GetClausesInForceUseCase,
    RecordRenewalDecisionUseCase,
    ListRenewalDecisionsUseCase,
  ],
})
export class GovernanceModule {}
