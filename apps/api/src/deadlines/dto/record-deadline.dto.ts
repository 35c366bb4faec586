import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date.decorator';

export class MarkDeadlineDoneDto {
  @ApiPropertyOptional({ example: '2026-11-20', description: 'when it was done; default today' })
  @IsOptional()
  @IsCalendarDate()
  doneOn?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'link to the evidence (minutes, deliberation, mail…)',
  })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  evidenceUrl?: string | null;
}

export class WaiveDeadlineDto {
  @ApiProperty({ example: 'Comité reporté d’un commun accord' })
  @IsString()
  @MinLength(3)
  @MaxLength(4000)
  reason: string;
}
