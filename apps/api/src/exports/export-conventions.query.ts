import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListConventionsQuery } from '../conventions/dto/list-conventions.query';

/** The list's filters, and the language of the headers and values (the web app sends its own). */
export class ExportConventionsQuery extends ListConventionsQuery {
  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'language (default: Accept-Language, then fr)' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  lang?: 'fr' | 'en';
}
