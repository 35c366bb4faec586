import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_KINDS, PaymentKind } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsAmount } from '../common/is-amount.decorator';
import { IsCalendarDate } from '../common/is-calendar-date.decorator';

/** CONTRACT §7: one payment made (or aid given in kind) under a convention. */
export class PaymentDto {
  @ApiProperty({ example: 'Villeneuve-la-Garenne', description: "the paying party's name" })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  party: string;

  @ApiProperty({ example: 15000 })
  @IsAmount()
  @Min(0.01)
  @Max(999_999_999_999)
  amount: number;

  @ApiProperty({ example: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR or MAD' })
  currency: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 0.092,
    description: 'euros for one unit of currency on the day paid; required for any currency but EUR',
  })
  @IsOptional()
  @IsAmount(undefined, 8)
  @Min(0.00000001)
  @Max(100000)
  exchangeRate?: number | null;

  @ApiProperty({ example: '2024-03-15' })
  @IsCalendarDate()
  paidOn: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'MA',
    description: 'beneficiary country; default: the partners’ only foreign country',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as MA' })
  country?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Chantier jeunes 2024' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  purpose?: string | null;

  @ApiProperty({ enum: PAYMENT_KINDS })
  @IsIn(PAYMENT_KINDS)
  kind: PaymentKind;
}

export class ImportActionPlanPaymentsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  actionPlanId: string;

  @ApiProperty({ example: '2024-06-30', description: 'the day the lines were paid' })
  @IsCalendarDate()
  paidOn: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { MAD: 0.092 },
    description: 'euros for one unit, per currency other than EUR',
  })
  @IsOptional()
  @IsObject()
  exchangeRates?: Record<string, number>;
}

export class ApdYearQuery {
  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ enum: ['fr', 'en', 'ar'], description: 'language of exports and the report' })
  @IsOptional()
  @IsIn(['fr', 'en', 'ar'])
  lang?: 'fr' | 'en' | 'ar';
}

export class ApdDeclarationDto {
  @ApiPropertyOptional({ example: '2026-05-20', description: 'default: today' })
  @IsOptional()
  @IsCalendarDate()
  declaredOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
