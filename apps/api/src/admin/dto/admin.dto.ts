import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Language, LANGUAGES, Role, ROLES } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsTimeZone } from '../../common/is-time-zone.decorator';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Ville d’Antony' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'FR' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR or MA' })
  country: string;

  @ApiProperty({ example: 'Europe/Paris' })
  @IsTimeZone()
  timezone: string;
}

export class CreateUserDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ description: 'omitted: the user receives an invitation link by e-mail' })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(1000)
  password?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ enum: LANGUAGES, default: 'fr' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language: Language = 'fr';
}

export class AuditQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(320)
  actor?: string;

  @ApiPropertyOptional({ description: 'entries older than this id (paging)' })
  @IsOptional()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @ApiPropertyOptional({ default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 100;
}

export class UpdateMeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    enum: ['immediate', 'digest'],
    description: 'reminders one by one, or a weekly digest on Monday 08:00',
  })
  @IsOptional()
  @IsIn(['immediate', 'digest'])
  reminderMode?: 'immediate' | 'digest';
}

export class NoteDto {
  @ApiProperty()
  @IsString()
  @MaxLength(50_000)
  text: string;
}
