import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { VOTES, Vote } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date.decorator';

export class AgendaItemDto {
  @ApiProperty({ example: 'Programme d’actions 2027' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title: string;

  // `type` spelled out: for `string | null` the reflected type is Object, documented as an object.
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
}

export class AttendeeDto {
  @ApiProperty({ example: 'Tiznit', description: 'a party’s name in the convention document' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  party: string;

  @ApiProperty({ example: 'Abdellah Ghazi' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'Président du conseil communal', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string | null;
}

export class LogMeetingDto {
  @ApiProperty({ example: '2026-03-12' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ example: 'Villeneuve-la-Garenne' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  city: string;

  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2 of the place' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR or MA' })
  country: string;

  @ApiProperty({ example: 'Villeneuve-la-Garenne', description: 'the party hosting the meeting' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  hostParty: string;

  @ApiPropertyOptional({
    example: 'Maire de Villeneuve-la-Garenne',
    description: 'who convened it',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  convenedBy?: string | null;

  @ApiPropertyOptional({ type: [AgendaItemDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemDto)
  agenda?: AgendaItemDto[];

  @ApiPropertyOptional({ type: [AttendeeDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  attendees?: AttendeeDto[];
}

/** A correction of a logged meeting: only the fields sent change (agenda and attendees as a whole). */
export class UpdateMeetingDto extends PartialType(LogMeetingDto) {}

export class VoteDto {
  @ApiProperty({ example: 'Tiznit' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  party: string;

  @ApiProperty({ enum: VOTES })
  @IsIn(VOTES)
  vote: Vote;
}

export class RecordDecisionDto {
  @ApiProperty({ example: 'Validation du programme d’actions 2027' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  subject: string;

  @ApiPropertyOptional({
    type: Number,
    description: 'index of the agenda item it answers, from 0',
    nullable: true,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  agendaItem?: number | null;

  @ApiProperty({ type: [VoteDto], description: 'parties not listed are counted absent' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => VoteDto)
  votes: VoteDto[];
}

export class WriteMinutesDto {
  @ApiProperty({
    description: 'Markdown; raw HTML is removed',
    example: '# Procès-verbal\n\nLe comité valide le programme 2027.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  text: string;

  @ApiPropertyOptional({ description: 'circulate for signature at once (default: keep as a draft)' })
  @IsOptional()
  @IsBoolean()
  circulate?: boolean;
}

export class CirculateMinutesDto {
  @ApiPropertyOptional({ example: '2026-03-20', description: 'default today' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class SignMinutesDto {
  @ApiProperty({
    example: 'Président de Tiznit',
    description: 'one of the committee clause’s minutesSignatories',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  signatory: string;

  @ApiPropertyOptional({ example: '2026-03-25', description: 'default today' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}
