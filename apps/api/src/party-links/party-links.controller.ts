import {
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AnswerPartyLinkUseCase, ListPartyLinksUseCase, PartyLinkStatus } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { IsIn, IsOptional } from 'class-validator';
import { CurrentActor } from '../auth/current-actor.decorator';

const STATUSES: PartyLinkStatus[] = ['pending', 'accepted', 'refused', 'withdrawn'];

export class ListPartyLinksQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: PartyLinkStatus;
}

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('not found') });

/**
 * A party naming another organization waits for that organization's consent: its officers see the
 * request here and accept (the convention becomes theirs to see, with its reminders) or refuse it.
 */
@ApiTags('party-links')
@ApiBearerAuth()
@Controller('api/party-links')
export class PartyLinksController {
  constructor(
    private readonly listLinks: ListPartyLinksUseCase,
    private readonly answerLink: AnswerPartyLinkUseCase,
  ) {}

  /** `{incoming, outgoing}`: asked of the caller's organization, and asked by it. */
  @Get()
  list(@Query() query: ListPartyLinksQuery, @CurrentActor() actor: Actor) {
    return this.listLinks.execute(actor, query.status);
  }

  @Post(':id/accept')
  @HttpCode(200)
  accept(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.answerLink.execute(id, 'accepted', actor);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  refuse(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.answerLink.execute(id, 'refused', actor);
  }
}
