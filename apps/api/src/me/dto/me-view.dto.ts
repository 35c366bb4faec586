import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditEntryView, User } from '@passerelle/application';
import { Language, LANGUAGES, Role, ROLES } from '@passerelle/domain';

/*
 * What GET/PATCH /api/me and a convention's history answer, described for the OpenAPI document
 * (and so for the web app's generated types). Each class `implements` the use case's view.
 */

export class UserViewDto implements User {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() active: boolean;
  @ApiProperty({ enum: ['immediate', 'digest'] }) reminderMode: 'immediate' | 'digest';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuditEntryViewDto implements AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true, description: 'the acting user’s e-mail' }) actor:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'the acting user’s name' })
  actorName?: string | null;
  @ApiProperty({ example: 'deadline_record' }) action: string;
  @ApiProperty({ example: 'convention' }) entity: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) conventionId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'the entity before the write',
  })
  before: unknown;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'the entity after the write',
  })
  after: unknown;
}
