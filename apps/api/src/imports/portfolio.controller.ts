import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { AddPortfolioEntryUseCase, GetPortfolioUseCase, PortfolioView } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { GovernanceAccess, GovernanceAccessGuard } from '../governance/governance-access.guard';
import { ContactDto, HistoryEventDto, ProjectDto } from './dto/portfolio.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('convention not found') });

/** A convention's projects (with budget lines), history timeline, contacts and party profiles. */
@ApiTags('portfolio')
@ApiBearerAuth()
@ApiNotFoundResponse()
// Access before the body is validated: another organization's convention is a 404, a viewer's write a 403.
@GovernanceAccess('convention')
@UseGuards(GovernanceAccessGuard)
@Controller('api/conventions/:id')
export class PortfolioController {
  constructor(
    private readonly getPortfolio: GetPortfolioUseCase,
    private readonly addEntry: AddPortfolioEntryUseCase,
  ) {}

  @Get('portfolio')
  portfolio(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<PortfolioView> {
    return this.getPortfolio.execute(id, actor);
  }

  @Post('projects')
  addProject(
    @Param('id', uuid) id: string,
    @Body() body: ProjectDto,
    @CurrentActor() actor: Actor,
  ): Promise<PortfolioView> {
    return this.addEntry.execute(id, { kind: 'project', project: body }, actor);
  }

  @Post('history-events')
  addEvent(
    @Param('id', uuid) id: string,
    @Body() body: HistoryEventDto,
    @CurrentActor() actor: Actor,
  ): Promise<PortfolioView> {
    return this.addEntry.execute(id, { kind: 'history', event: body }, actor);
  }

  @Post('contacts')
  addContact(
    @Param('id', uuid) id: string,
    @Body() body: ContactDto,
    @CurrentActor() actor: Actor,
  ): Promise<PortfolioView> {
    return this.addEntry.execute(id, { kind: 'contact', contact: body }, actor);
  }
}
