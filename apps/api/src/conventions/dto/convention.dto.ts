import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  Instrument,
  INSTRUMENTS,
  PARTY_LEVELS,
  PartyLevel,
  VISA_AUTHORITIES,
  VisaAuthority,
} from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date.decorator';
import { IsTimeZone } from '../../common/is-time-zone.decorator';
import { ClausesDto } from './clauses.dto';
import { IsAmount } from '../../common/is-amount.decorator';

export class PartyDto {
  @ApiProperty({ example: 'Villeneuve-la-Garenne' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR or MA' })
  country: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @ApiPropertyOptional({ enum: PARTY_LEVELS, nullable: true })
  @IsOptional()
  @IsIn(PARTY_LEVELS)
  level?: PartyLevel | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Pascal Pelain' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  representative?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Maire' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  representativeTitle?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2022-12-15',
    description: 'council deliberation',
  })
  @IsOptional()
  @IsCalendarDate()
  deliberationOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsCalendarDate()
  signedOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2023-01-03',
    description: 'prefecture acknowledgment',
  })
  @IsOptional()
  @IsCalendarDate()
  prefectureTransmissionOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '092-219200072-20230103-DEL2022-12-15-DE',
    description: '@ctes acknowledgment number of the transmission',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  prefectureReceiptNumber?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2023-02-20',
    description: "Moroccan party: the supervisory authority's visa",
  })
  @IsOptional()
  @IsCalendarDate()
  visaOn?: string | null;

  @ApiPropertyOptional({
    enum: VISA_AUTHORITIES,
    nullable: true,
    description: 'who gave (or gives) the visa',
  })
  @IsOptional()
  @IsIn(VISA_AUTHORITIES)
  visaAuthority?: VisaAuthority | null;
}

export class FinancialCommitmentDto {
  @ApiProperty({ example: 'Villeneuve-la-Garenne' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  party: string;

  @ApiProperty({ example: 15000 })
  @IsAmount()
  @Min(0)
  @Max(999_999_999_999)
  amount: number;

  @ApiProperty({ example: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR or MAD' })
  currency: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2024 })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

/** The convention document of docs/data-model.md (status and id are output only). */
export class CreateConventionDto {
  @ApiProperty({ example: 'VLG-TIZNIT-2023' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,79}$/, {
    message: 'reference must be 1-80 letters, digits, dots, dashes, underscores or slashes',
  })
  reference: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title: string;

  @ApiProperty({ enum: INSTRUMENTS })
  @IsIn(INSTRUMENTS)
  instrument: Instrument;

  @ApiPropertyOptional({ example: 'fr' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as fr' })
  language?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'what the convention is for' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  object?: string | null;

  @ApiPropertyOptional({
    example: 'Europe/Paris',
    description: 'the zone its dates are read in; TZ_DEFAULT if absent',
  })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ type: [FinancialCommitmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FinancialCommitmentDto)
  financialCommitments?: FinancialCommitmentDto[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2023-01-03' })
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'recorded termination: the last day in force',
  })
  @IsOptional()
  @IsCalendarDate()
  terminatedOn?: string | null;

  @ApiProperty({ type: [PartyDto], minItems: 2 })
  @IsArray()
  @ArrayMinSize(2, { message: 'parties must list at least two parties' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PartyDto)
  parties: PartyDto[];

  @ApiProperty({ type: ClausesDto })
  @ValidateNested()
  @Type(() => ClausesDto)
  clauses: ClausesDto;
}

export class UpdateConventionDto extends PartialType(CreateConventionDto) {}
