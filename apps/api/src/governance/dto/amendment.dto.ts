import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  APPROVAL_DECISIONS,
  ApprovalDecision,
  RENEWAL_DECISION_KINDS,
  RenewalDecisionKind,
} from '@passerelle/domain';
import { DOCUMENT_KINDS, FileKind } from '@passerelle/application';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date.decorator';
import {
  ActionPlanClauseDto,
  AmendmentClauseDto,
  CommitteeClauseDto,
  EvaluationClauseDto,
  RenewalClauseDto,
  TermClauseDto,
  TerminationClauseDto,
} from '../../conventions/dto/clauses.dto';

class TermChangeDto extends PartialType(TermClauseDto) {}
class RenewalChangeDto extends PartialType(RenewalClauseDto) {}
class TerminationChangeDto extends PartialType(TerminationClauseDto) {}
class ActionPlanChangeDto extends PartialType(ActionPlanClauseDto) {}
class EvaluationChangeDto extends PartialType(EvaluationClauseDto) {}
class CommitteeChangeDto extends PartialType(CommitteeClauseDto) {}
class AmendmentRuleChangeDto extends PartialType(AmendmentClauseDto) {}

/**
 * A partial `clauses` object (docs/data-model.md), each field validated as in a convention: a clause
 * given merges field by field into the clause in force; null removes the clause.
 */
export class ClauseChangesDto {
  @ApiPropertyOptional({ type: TermChangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TermChangeDto)
  term?: TermChangeDto | null;

  @ApiPropertyOptional({ type: RenewalChangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RenewalChangeDto)
  renewal?: RenewalChangeDto | null;

  @ApiPropertyOptional({ type: TerminationChangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TerminationChangeDto)
  termination?: TerminationChangeDto | null;

  @ApiPropertyOptional({ type: ActionPlanChangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionPlanChangeDto)
  actionPlan?: ActionPlanChangeDto | null;

  @ApiPropertyOptional({ type: EvaluationChangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvaluationChangeDto)
  evaluation?: EvaluationChangeDto | null;

  @ApiPropertyOptional({ type: CommitteeChangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitteeChangeDto)
  committee?: CommitteeChangeDto | null;

  @ApiPropertyOptional({ type: AmendmentRuleChangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmendmentRuleChangeDto)
  amendment?: AmendmentRuleChangeDto | null;
}

export class ProposeAmendmentDto {
  @ApiPropertyOptional({ type: String, example: 'Avenant n° 1 : comité semestriel', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string | null;

  @ApiProperty({ description: 'the avenant’s text (Markdown; raw HTML removed)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  text: string;

  @ApiProperty({ type: ClauseChangesDto, example: { committee: { minMeetingsPerYear: 2 } } })
  @IsObject()
  @ValidateNested()
  @Type(() => ClauseChangesDto)
  changes: ClauseChangesDto;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'default today' })
  @IsOptional()
  @IsCalendarDate()
  proposedOn?: string;
}

export class AnswerAmendmentDto {
  @ApiProperty({ example: 'Tiznit' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  party: string;

  @ApiProperty({ enum: APPROVAL_DECISIONS })
  @IsIn(APPROVAL_DECISIONS)
  decision: ApprovalDecision;

  @ApiPropertyOptional({
    example: '2026-05-10',
    description: 'date of the deliberation or signature; default today',
  })
  @IsOptional()
  @IsCalendarDate()
  on?: string;

  @ApiPropertyOptional({ type: String, example: 'DCM n° 2026-041', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  deliberationRef?: string | null;
}

export class ClausesInForceQuery {
  @ApiPropertyOptional({ example: '2026-06-15', description: 'default today' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class DeliberationDto {
  @ApiProperty({ example: 'Villeneuve-la-Garenne' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  party: string;

  @ApiProperty({ example: '2025-11-20' })
  @IsCalendarDate()
  on: string;

  @ApiPropertyOptional({ type: String, example: 'DCM n° 2025-118', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  ref?: string | null;
}

export class RecordRenewalDecisionDto {
  @ApiProperty({ enum: RENEWAL_DECISION_KINDS })
  @IsIn(RENEWAL_DECISION_KINDS)
  kind: RenewalDecisionKind;

  @ApiProperty({
    example: '2025-11-20',
    description: 'the decision’s date; for a notice, the day it was received',
  })
  @IsCalendarDate()
  decidedOn: string;

  @ApiPropertyOptional({
    type: String,
    example: 'Tiznit',
    description: 'termination_notice: the party that sent it',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  party?: string | null;

  @ApiPropertyOptional({ type: [DeliberationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DeliberationDto)
  deliberations?: DeliberationDto[];

  @ApiPropertyOptional({
    type: Number,
    example: 36,
    description: 'express_renewal: the new term (default: renewal period, else first term)',
    nullable: true,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  newTermMonths?: number | null;

  @ApiPropertyOptional({
    type: String,
    example: '2026-12-31',
    description: 'termination_notice: a later last day in force than the notice gives',
    nullable: true,
  })
  @IsOptional()
  @IsCalendarDate()
  lastDayInForce?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;
}

export class UploadDocumentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind: Exclude<FileKind, 'minutes' | 'evaluation'>;

  @ApiPropertyOptional({ example: 'Accusé de réception de la préfecture des Hauts-de-Seine' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;
}
