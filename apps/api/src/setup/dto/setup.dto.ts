import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Language, LANGUAGES } from '@passerelle/domain';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class SetupTokenQuery {
  @ApiProperty({ description: 'the token of the setup link printed at start' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;
}

export class CreateFirstAdminDto extends SetupTokenQuery {
  @ApiProperty({ example: 'relations.internationales@ville.fr' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Claire Martin' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12)
  @MaxLength(1000)
  password: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class SetupLinkStatusDto {
  @ApiProperty({ description: 'the link may create the first admin now' })
  usable: boolean;

  @ApiProperty({ description: 'an admin exists: sign in instead' })
  adminExists: boolean;
}
