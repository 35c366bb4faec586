import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date.decorator';
import { CreateConventionDto } from '../../conventions/dto/convention.dto';

export class PreviewDeadlinesDto {
  @ApiProperty({ type: CreateConventionDto, description: 'a convention document as it would be created' })
  @IsObject()
  @ValidateNested()
  @Type(() => CreateConventionDto)
  document: CreateConventionDto;

  @ApiPropertyOptional({
    example: '2024-01-01',
    description: 'default: the term start, else a year before today',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2030-12-31', description: 'default: six years after from' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: ['fr', 'en', 'ar'] })
  @IsOptional()
  @IsIn(['fr', 'en', 'ar'])
  lang?: 'fr' | 'en' | 'ar';
}
