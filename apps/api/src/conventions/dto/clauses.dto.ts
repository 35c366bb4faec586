import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AMENDMENT_RULES,
  AmendmentRule,
  DECISION_RULES,
  DecisionRule,
  MEETINGS_PER_YEAR,
  RENEWAL_MODES,
  RenewalMode,
  TERM_STARTS,
  TermStart,
} from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date.decorator';

export class ClauseSourceDto {
  @ApiProperty({ example: '7' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  article: string;

  @ApiProperty({ description: 'verbatim sentence from the text' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  quote: string;
}

abstract class ClauseDto {
  @ApiPropertyOptional({ type: ClauseSourceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClauseSourceDto)
  source?: ClauseSourceDto | null;
}

export class TermClauseDto extends ClauseDto {
  @ApiProperty({ enum: TERM_STARTS })
  @IsIn(TERM_STARTS)
  start: TermStart;

  @ApiPropertyOptional({ type: String, example: '2024-02-02', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiPropertyOptional({ type: Number, example: 36, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  durationMonths?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  indefinite?: boolean;
}

export class RenewalClauseDto extends ClauseDto {
  @ApiProperty({ enum: RENEWAL_MODES })
  @IsIn(RENEWAL_MODES)
  mode: RenewalMode;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  periodMonths?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null: unlimited' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  maxRenewals?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  noticeMonths?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3660)
  noticeDays?: number | null;
}

export class TerminationClauseDto extends ClauseDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  anyTime?: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  noticeMonths?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3660)
  noticeDays?: number | null;
}

export class ActionPlanClauseDto extends ClauseDto {
  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(1)
  @Max(12)
  deadlineMonth: number;

  @ApiProperty({ example: 31 })
  @IsInt()
  @Min(1)
  @Max(31)
  deadlineDay: number;

  @ApiPropertyOptional({ example: -1 })
  @IsOptional()
  @IsInt()
  @Min(-5)
  @Max(5)
  yearOffset?: number;

  @ApiPropertyOptional({ type: String, example: 'committee', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  approvedBy?: string | null;
}

export class EvaluationClauseDto extends ClauseDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  annual?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  beforeRenewal?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  atTerm?: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  leadMonths?: number | null;
}

export class CommitteeClauseDto extends ClauseDto {
  @ApiPropertyOptional({ type: String, example: 'Comité de pilotage', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @ApiPropertyOptional({ enum: MEETINGS_PER_YEAR })
  @IsOptional()
  @IsIn(MEETINGS_PER_YEAR, { message: `minMeetingsPerYear must be one of ${MEETINGS_PER_YEAR.join(', ')}` })
  minMeetingsPerYear?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  alternatingHost?: boolean;

  @ApiPropertyOptional({ enum: DECISION_RULES })
  @IsOptional()
  @IsIn(DECISION_RULES)
  decisionRule?: DecisionRule;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  minutesSignatories?: string[];
}

export class AmendmentClauseDto extends ClauseDto {
  @ApiProperty({ enum: AMENDMENT_RULES })
  @IsIn(AMENDMENT_RULES)
  rule: AmendmentRule;
}

export class ClausesDto {
  @ApiPropertyOptional({ type: TermClauseDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TermClauseDto)
  term?: TermClauseDto | null;

  @ApiPropertyOptional({ type: RenewalClauseDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RenewalClauseDto)
  renewal?: RenewalClauseDto | null;

  @ApiPropertyOptional({ type: TerminationClauseDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TerminationClauseDto)
  termination?: TerminationClauseDto | null;

  @ApiPropertyOptional({ type: ActionPlanClauseDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionPlanClauseDto)
  actionPlan?: ActionPlanClauseDto | null;

  @ApiPropertyOptional({ type: EvaluationClauseDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvaluationClauseDto)
  evaluation?: EvaluationClauseDto | null;

  @ApiPropertyOptional({ type: CommitteeClauseDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitteeClauseDto)
  committee?: CommitteeClauseDto | null;

  @ApiPropertyOptional({ type: AmendmentClauseDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmendmentClauseDto)
  amendment?: AmendmentClauseDto | null;
}
