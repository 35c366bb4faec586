import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** JSON {text, language?}, or the multipart form's fields beside `file`. */
export class ExtractTextDto {
  @ApiPropertyOptional({ description: "the convention's text (JSON requests)" })
  @IsOptional()
  @IsString()
  @MaxLength(1_000_000)
  text?: string;

  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'the language the text is expected in' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  language?: 'fr' | 'en';
}
