import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { SetExchangeRateUseCase } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { IsAmount } from '../common/is-amount.decorator';
import { IsCalendarDate } from '../common/is-calendar-date.decorator';

/** A published rate: euros for one unit of `currency` from `validFrom` on. */
export class ExchangeRateDto {
  @ApiProperty({ example: 'MAD' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as MAD' })
  currency: string;

  @ApiProperty({ example: '2024-01-02' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({ example: 0.0921, description: 'euros for one unit of currency' })
  @IsAmount(undefined, 8)
  @Min(0.00000001)
  @Max(100000)
  eurPerUnit: number;

  @ApiProperty({ example: 'Bank Al-Maghrib, cours de référence du 2 janvier 2024' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source: string;
}

/** The dated rate table the ledger converts with when a payment comes without its own rate. */
@ApiTags('aid')
@ApiBearerAuth()
@Controller('api/exchange-rates')
export class ExchangeRatesController {
  constructor(private readonly setRate: SetExchangeRateUseCase) {}

  @Put()
  put(@Body() body: ExchangeRateDto, @CurrentActor() actor: Actor) {
    return this.setRate.execute(body, actor);
  }

  @Get()
  list() {
    return this.setRate.list();
  }
}
