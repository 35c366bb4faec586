import { ApiProperty } from '@nestjs/swagger';
import { SearchResults } from '@passerelle/application';

/** What GET /api/search answers, described for the OpenAPI document (and the web app's types). */

export class ConventionHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
}

export class PartyHitDto {
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty() reference: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'MA' }) country: string;
}

export class MeetingHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty() reference: string;
  @ApiProperty({ format: 'date', example: '2026-02-02' }) heldOn: string;
  @ApiProperty() city: string;
  @ApiProperty() hostParty: string;
}

export class SearchResultsDto implements SearchResults {
  @ApiProperty({ type: [ConventionHitDto] }) conventions: ConventionHitDto[];
  @ApiProperty({ type: [PartyHitDto] }) parties: PartyHitDto[];
  @ApiProperty({ type: [MeetingHitDto] }) meetings: MeetingHitDto[];
}
