import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTACT_ROLES, HISTORY_EVENT_KINDS, isImpreciseDate, PROJECT_STATUSES } from '@passerelle/domain';
import { Type } from 'class-transformer';
import { IsAmount } from '../../common/is-amount.decorator';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

const DATE_VALUE = /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?|-(spring|summer|autumn|winter))?$/;

export class ImpreciseDateDto {
  @ApiProperty({
    example: '2007-autumn',
    description: 'YYYY-MM-DD, YYYY-MM, YYYY-spring|summer|autumn|winter or YYYY',
  })
  @Matches(DATE_VALUE, { message: 'value must be YYYY-MM-DD, YYYY-MM, YYYY-<season> or YYYY' })
  @ValidateBy({
    name: 'matchesPrecision',
    validator: {
      // A shape of the wrong precision ("2007-autumn" as a day) or a day that does not exist.
      validate: (value: unknown, args) =>
        isImpreciseDate({ value, precision: (args?.object as { precision?: unknown }).precision }),
      defaultMessage: () =>
        'value must be written as its precision says (day YYYY-MM-DD, month YYYY-MM, season YYYY-<season>, year YYYY) and name a real day',
    },
  })
  value: string;

  @ApiProperty({ enum: ['day', 'month', 'season', 'year'] })
  @IsIn(['day', 'month', 'season', 'year'])
  precision: 'day' | 'month' | 'season' | 'year';
}

export class BudgetLineDto {
  @ApiProperty({ enum: ['contribution', 'total', 'expense'] })
  @IsIn(['contribution', 'total', 'expense'])
  role: 'contribution' | 'total' | 'expense';

  @ApiPropertyOptional({ type: Number, example: 994690, nullable: true })
  @IsOptional()
  @IsAmount()
  @Min(0)
  @Max(1e13)
  amount: number | null;

  @ApiPropertyOptional({ type: String, example: 'MAD', nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR or MAD' })
  currency: string | null;

  @ApiPropertyOptional({ type: String, example: 'PAD', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contributor: string | null;

  @ApiPropertyOptional({ enum: ['party', 'cofinancer'], nullable: true })
  @IsOptional()
  @IsIn(['party', 'cofinancer'])
  contributorKind: 'party' | 'cofinancer' | null;

  @ApiPropertyOptional({ enum: ['cash', 'in_kind', 'mixed'], nullable: true })
  @IsOptional()
  @IsIn(['cash', 'in_kind', 'mixed'])
  nature: 'cash' | 'in_kind' | 'mixed' | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  yearFrom?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  yearTo?: number | null;
}

export class ProjectDto {
  @ApiProperty({ example: 'Plan de déplacements urbains' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title: string;

  @ApiProperty({ enum: PROJECT_STATUSES })
  @IsIn(PROJECT_STATUSES as string[])
  status: 'planned' | 'in_progress' | 'done';

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  period?: string | null;

  @ApiPropertyOptional({ type: ImpreciseDateDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImpreciseDateDto)
  startsOn?: ImpreciseDateDto | null;

  @ApiPropertyOptional({ type: ImpreciseDateDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImpreciseDateDto)
  endsOn?: ImpreciseDateDto | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  objectives?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  projectOwner?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  beneficiaries?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  domains: string[] = [];

  @ApiPropertyOptional({ type: [BudgetLineDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  budgetLines: BudgetLineDto[] = [];
}

export class HistoryEventDto {
  @ApiProperty({ enum: HISTORY_EVENT_KINDS })
  @IsIn(HISTORY_EVENT_KINDS as string[])
  kind: (typeof HISTORY_EVENT_KINDS)[number];

  @ApiPropertyOptional({ type: ImpreciseDateDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImpreciseDateDto)
  date: ImpreciseDateDto | null = null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  party?: string | null;

  @ApiProperty({ example: 'Renouvellement pour 5 ans le 06/12/2004' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  words: string;
}

export class ContactDto {
  @ApiProperty({ example: 'Oujda' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  party: string;

  @ApiProperty({ enum: CONTACT_ROLES })
  @IsIn(CONTACT_ROLES as string[])
  role: (typeof CONTACT_ROLES)[number];

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(500) title?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(100) phone?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsEmail() @MaxLength(200) email?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(1000) address?:
    string | null;

  @ApiPropertyOptional({ type: String, example: '2008-07', nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, { message: 'asOf must be YYYY-MM or YYYY-MM-DD' })
  asOf?: string | null;
}
