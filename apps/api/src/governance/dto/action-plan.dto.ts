import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_STATUSES, ActionPlanItem } from '@passerelle/application';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date.decorator';
import { IsAmount } from '../../common/is-amount.decorator';

export class CoFinancingDto {
  @ApiProperty({ example: 'Ministère de l’Europe et des Affaires étrangères (DAECT)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source: string;

  @ApiPropertyOptional({ type: Number, example: 5000, nullable: true })
  @IsOptional()
  @IsAmount()
  @Min(0)
  @Max(1e12)
  amount?: number | null;

  @ApiPropertyOptional({ type: String, example: 'EUR', nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR or MAD' })
  currency?: string | null;
}

export class ActionPlanItemDto {
  @ApiProperty({ example: 'Jeunesse et sport' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  axis: string;

  @ApiProperty({ example: 'Échanges de jeunes footballeurs' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  action: string;

  @ApiProperty({ example: 'Villeneuve-la-Garenne' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  leadParty: string;

  @ApiPropertyOptional({ type: Number, example: 15000, nullable: true })
  @IsOptional()
  @IsAmount()
  @Min(0)
  @Max(1e12)
  budget?: number | null;

  @ApiPropertyOptional({ type: String, example: 'EUR', nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR or MAD' })
  currency?: string | null;

  @ApiPropertyOptional({ type: [CoFinancingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CoFinancingDto)
  coFinancing?: CoFinancingDto[];

  @ApiProperty({ enum: ACTION_STATUSES })
  @IsIn(ACTION_STATUSES)
  status: ActionPlanItem['status'];
}

export class ActionPlanItemsDto {
  @ApiProperty({ type: [ActionPlanItemDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ActionPlanItemDto)
  items: ActionPlanItemDto[];
}

export class ValidateActionPlanDto extends ActionPlanItemsDto {
  @ApiProperty({ example: 2027, description: 'the year the plan is for (planYear of its deadline)' })
  @IsInt()
  @Min(1900)
  @Max(9999)
  year: number;
}

export class PeriodDto {
  @ApiProperty({ example: '2025-01-03' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-01-02' })
  @IsCalendarDate()
  to: string;
}

export class IndicatorDto {
  @ApiProperty({ example: 'Jeunes accueillis' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ type: String, example: '40', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  target?: string | null;

  @ApiPropertyOptional({ type: String, example: '36', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  value?: string | null;
}

export class PresentEvaluationDto {
  @ApiProperty({ type: PeriodDto })
  @ValidateNested()
  @Type(() => PeriodDto)
  period: PeriodDto;

  @ApiPropertyOptional({ type: [IndicatorDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators?: IndicatorDto[];

  @ApiProperty({ description: 'Markdown; raw HTML is removed' })
  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  findings: string;
}
