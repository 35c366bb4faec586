import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { SearchEverythingUseCase, SearchResults } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { IsString, MaxLength } from 'class-validator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SearchResultsDto } from './search-results.dto';

export class SearchQuery {
  // Required (validated as a string): the document called it optional.
  @ApiProperty({
    description: 'words found in a convention, a party’s name or a meeting (city, host, agenda)',
  })
  @IsString()
  @MaxLength(200)
  q!: string;
}

@ApiTags('search')
@ApiBearerAuth()
@Controller('api/search')
export class SearchController {
  constructor(private readonly searchEverything: SearchEverythingUseCase) {}

  /** `{conventions, parties, meetings}`, ten of each at most, among what the caller sees. */
  @Get()
  @ApiOkResponse({ type: SearchResultsDto })
  search(@Query() query: SearchQuery, @CurrentActor() actor: Actor): Promise<SearchResults> {
    return this.searchEverything.execute(query.q, actor);
  }
}
