import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEADLINE_KINDS, DeadlineKind } from '@passerelle/domain';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { DeadlineWindowQuery } from './deadline-window.query';

/** `GET /api/calendar`: the window, and filters that narrow what the caller may see. */
export class CalendarQuery extends DeadlineWindowQuery {
  @ApiPropertyOptional({ description: 'only this convention' })
  @IsOptional()
  @IsUUID()
  conventionId?: string;

  @ApiPropertyOptional({
    example: 'MA',
    description: 'only conventions with a party in this country (ISO 3166 alpha-2)',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be two capital letters (ISO 3166 alpha-2)' })
  country?: string;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS, description: 'only this kind of deadline' })
  @IsOptional()
  @IsIn(DEADLINE_KINDS)
  kind?: DeadlineKind;

  @ApiPropertyOptional({
    enum: ['source'],
    description:
      "source: each item's clause article and quote (left out by default: a long list reads faster without)",
  })
  @IsOptional()
  @IsIn(['source'])
  include?: 'source';
}
