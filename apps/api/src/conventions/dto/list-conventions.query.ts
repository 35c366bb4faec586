import { ApiPropertyOptional } from '@nestjs/swagger';
import { CONVENTION_SORT_KEYS } from '@passerelle/application';
import { CONVENTION_STATUSES, ConventionStatus } from '@passerelle/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const SORTS = CONVENTION_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

export class ListConventionsQuery {
  @ApiPropertyOptional({
    enum: SORTS,
    description: 'column to sort by; a leading - sorts descending (default reference)',
  })
  @IsOptional()
  @IsIn(SORTS, { message: `sort must be one of ${SORTS.join(', ')}` })
  sort?: string;

  @ApiPropertyOptional({ description: 'text in the reference, title, object or a party name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: CONVENTION_STATUSES })
  @IsOptional()
  @IsIn(CONVENTION_STATUSES)
  status?: ConventionStatus;

  @ApiPropertyOptional({ example: 'MA', description: 'a party in this country (ISO 3166-1 alpha-2)' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR or MA' })
  country?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 1_000_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  // Past this the offset overflows what PostgreSQL takes (page=99999999999999999999 was a 500).
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize: number = 50;
}
