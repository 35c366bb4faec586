import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AmendmentView, ClausesInForceView } from '@passerelle/application';
import {
  AMENDMENT_RULES,
  AMENDMENT_STATUSES,
  AmendmentRule,
  AmendmentStatus,
  ApprovalDecision,
} from '@passerelle/domain';
import { ClausesDto } from '../../conventions/dto/clauses.dto';
import { ClauseChangesDto } from './amendment.dto';

/*
 * What the amendment routes and the clauses in force answer, described for the OpenAPI document
 * (and so for the web app's generated types). Each class `implements` the use case's view.
 */

const DATE = { format: 'date', example: '2026-03-12' } as const;

export class AmendmentApprovalViewDto {
  @ApiProperty() party: string;
  @ApiProperty({ enum: ['approved', 'refused'] }) decision: ApprovalDecision;
  @ApiProperty(DATE) on: string;
  @ApiPropertyOptional({ type: String, nullable: true }) deliberationRef?: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
}

export class AmendmentViewDto implements AmendmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty({ description: 'avenant n°' }) number: number;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty() text: string;
  @ApiProperty({ type: ClauseChangesDto, description: 'a partial clauses object' }) changes: ClauseChangesDto;
  @ApiProperty(DATE) proposedOn: string;
  @ApiProperty({ type: [AmendmentApprovalViewDto] }) approvals: AmendmentApprovalViewDto[];
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ enum: AMENDMENT_RULES }) rule: AmendmentRule;
  @ApiProperty({ enum: AMENDMENT_STATUSES }) status: AmendmentStatus;
  @ApiProperty({ type: [String], description: 'parties that have not answered yet' }) missing: string[];
  @ApiProperty({ type: [String] }) refusedBy: string[];
  @ApiProperty({ ...DATE, type: String, nullable: true }) inForceOn: string | null;
}

export class ClausesVersionDto {
  @ApiProperty({ ...DATE, type: String, nullable: true, description: 'null: the signed clauses' })
  from: string | null;
  @ApiProperty({ type: [String] }) amendmentIds: string[];
  @ApiProperty({ type: [ClauseChangesDto] }) changes: ClauseChangesDto[];
}

export class ClausesInForceViewDto implements ClausesInForceView {
  @ApiProperty(DATE) on: string;
  @ApiProperty({ type: ClausesDto }) clauses: ClausesDto;
  @ApiProperty({ type: [ClausesVersionDto] }) versions: ClausesVersionDto[];
}
