import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ConventionView,
  CreateConventionUseCase,
  DeleteConventionUseCase,
  GetConventionUseCase,
  ListConventionsUseCase,
  Page,
  UpdateConventionUseCase,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CreateConventionDto, UpdateConventionDto } from './dto/convention.dto';
import { ConventionPageDto, ConventionViewDto } from './dto/convention-view.dto';
import { ListConventionsQuery } from './dto/list-conventions.query';

// A malformed id names no convention: the same 404 as an unknown one.
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('convention not found') });

@ApiTags('conventions')
@ApiBearerAuth()
@Controller('api/conventions')
export class ConventionsController {
  constructor(
    private readonly createConvention: CreateConventionUseCase,
    private readonly getConvention: GetConventionUseCase,
    private readonly listConventions: ListConventionsUseCase,
    private readonly updateConvention: UpdateConventionUseCase,
    private readonly deleteConvention: DeleteConventionUseCase,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ConventionViewDto })
  @ApiBadRequestResponse({ description: 'invalid document; the message names the field' })
  @ApiConflictResponse({ description: 'the reference is taken' })
  create(@Body() body: CreateConventionDto, @CurrentActor() actor: Actor): Promise<ConventionView> {
    return this.createConvention.execute(body, actor);
  }

  @Get()
  @ApiOkResponse({ type: ConventionPageDto })
  list(@Query() query: ListConventionsQuery, @CurrentActor() actor: Actor): Promise<Page<ConventionView>> {
    return this.listConventions.execute(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: ConventionViewDto })
  @ApiNotFoundResponse()
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ConventionView> {
    return this.getConvention.execute(id, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ConventionViewDto })
  @ApiNotFoundResponse()
  update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateConventionDto,
    @CurrentActor() actor: Actor,
  ): Promise<ConventionView> {
    return this.updateConvention.execute(id, body, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNotFoundResponse()
  async remove(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.deleteConvention.execute(id, actor);
  }
}
