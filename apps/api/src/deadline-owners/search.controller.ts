import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { SearchEverythingUseCase, SearchResults } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { IsString, MaxLength } from 'class-validator';
import { CurrentActor } from '../auth/current-actor.decorator';

export class SearchQuery {
  @ApiPropertyOptional({
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
  search(@Query() query: SearchQuery, @CurrentActor() actor: Actor): Promise<SearchResults> {
    return this.searchEverything.execute(query.q, actor);
  }
}
