import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEADLINE_KINDS, DeadlineKind } from '@passerelle/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
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

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 5000,
    description:
      'a page of at most this many lines, in the order of date, reference and kind; the next page is in the `Link: <…>; rel="next"` header (docs/api.md)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;

  @ApiPropertyOptional({ description: "the cursor of the next page, from the previous page's Link header" })
  @IsOptional()
  @IsString()
  after?: string;
}
