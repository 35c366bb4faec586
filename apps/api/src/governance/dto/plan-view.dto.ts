import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { ActionPlanView } from '@passerelle/application';
import {
  ACTION_STATUSES,
  ActionPlanItem,
  Deliberation,
  Evaluation,
  Indicator,
  RENEWAL_DECISION_KINDS,
  RenewalDecision,
  RenewalDecisionKind,
} from '@passerelle/domain';
import { FileViewDto, GovernanceWarningDto, MeetingDetailDto, PeriodDto } from './meeting-view.dto';

/*
 * What a convention's action plans, evaluations and renewal decisions answer, described for the
 * OpenAPI document (and so for the web app's generated types). Each class `implements` the
 * domain's type or the use case's view: a field added there and not here fails to compile.
 */

const DATE = { format: 'date', example: '2026-03-12' } as const;

export class CoFinancingViewDto {
  @ApiProperty({ example: 'DAECT' }) source: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) amount?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) currency?: string | null;
}

export class ActionPlanItemViewDto implements ActionPlanItem {
  @ApiProperty() axis: string;
  @ApiProperty() action: string;
  @ApiProperty() leadParty: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) budget?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) currency?: string | null;
  @ApiPropertyOptional({ type: [CoFinancingViewDto] }) coFinancing?: CoFinancingViewDto[];
  @ApiProperty({ enum: ACTION_STATUSES }) status: ActionPlanItem['status'];
}

export class ActionPlanDeadlineDto {
  @ApiProperty({ enum: ['action_plan'] }) kind: 'action_plan';
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty() planYear: number;
}

export class ActionPlanViewDto implements ActionPlanView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty({ example: 2027 }) year: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) meetingId: string | null;
  @ApiProperty(DATE) validatedOn: string;
  @ApiProperty({ type: [ActionPlanItemViewDto] }) items: ActionPlanItemViewDto[];
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { EUR: 15000 },
    description: 'budget per currency, cancelled actions left out',
  })
  totals: Record<string, number>;
  @ApiProperty({ type: ActionPlanDeadlineDto, nullable: true }) deadline: ActionPlanDeadlineDto | null;
}

export class IndicatorViewDto implements Indicator {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) target?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) value?: string | null;
}

export class EvaluationViewDto implements Evaluation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) meetingId: string | null;
  @ApiProperty(DATE) presentedOn: string;
  @ApiProperty({ type: PeriodDto }) period: PeriodDto;
  @ApiProperty({ type: [IndicatorViewDto] }) indicators: IndicatorViewDto[];
  @ApiProperty() findings: string;
  @ApiProperty({ type: [String], description: 'due dates of the evaluation deadlines it satisfied' })
  settles: string[];
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A convention's evaluations list them with their attachments. */
export class EvaluationWithAttachmentsDto extends EvaluationViewDto {
  @ApiProperty({ type: [FileViewDto] }) attachments: FileViewDto[];
}

export class DeliberationViewDto implements Deliberation {
  @ApiProperty() party: string;
  @ApiProperty(DATE) on: string;
  @ApiPropertyOptional({ type: String, nullable: true }) ref?: string | null;
}

export class RenewalDecisionViewDto implements RenewalDecision {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty({ enum: RENEWAL_DECISION_KINDS }) kind: RenewalDecisionKind;
  @ApiProperty(DATE) decidedOn: string;
  @ApiProperty({ type: String, nullable: true, description: 'the party that sent a notice of termination' })
  party: string | null;
  @ApiProperty({ type: [DeliberationViewDto] }) deliberations: DeliberationViewDto[];
  @ApiProperty({ type: Number, nullable: true }) newTermMonths: number | null;
  @ApiProperty({ ...DATE, type: String, nullable: true }) lastDayInForceBefore: string | null;
  @ApiProperty({ ...DATE, type: String, nullable: true }) lastDayInForceAfter: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A meeting as the convention's list shows it: the detail less its decisions and minutes. */
export class MeetingViewDto extends OmitType(MeetingDetailDto, ['decisions', 'minutes'] as const) {}

export class MeetingListDto {
  @ApiProperty({ type: [MeetingViewDto] }) items: MeetingViewDto[];
  @ApiProperty({
    type: [GovernanceWarningDto],
    description: 'parts of years without a meeting, hosts not alternating',
  })
  warnings: GovernanceWarningDto[];
}
