import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date.decorator';

export class DeadlineWindowQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'default: a year before today' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description: 'default: three years after from/today; at most 50 years after from',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({
    enum: ['fr', 'en', 'ar'],
    description: 'language of titles (default: Accept-Language, then fr)',
  })
  @IsOptional()
  @IsIn(['fr', 'en', 'ar'])
  lang?: 'fr' | 'en' | 'ar';
}
