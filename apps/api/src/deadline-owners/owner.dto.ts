import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';

/** An officer of the caller's organization, or null (the lead officer then owns it, or nobody leads). */
export class OwnerDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'an active officer of your organization; null clears',
  })
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all', { message: 'userId must be the id of an officer of your organization, or null' })
  userId!: string | null;
}
