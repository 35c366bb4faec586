import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  GetMeUseCase,
  IssueCalendarTokenUseCase,
  RevokeCalendarTokenUseCase,
  UpdateMeUseCase,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { UpdateMeDto } from '../admin/dto/admin.dto';
import { CurrentActor } from '../auth/current-actor.decorator';
import { UserViewDto } from './dto/me-view.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('api/me')
export class MeController {
  constructor(
    private readonly getMe: GetMeUseCase,
    private readonly updateMe: UpdateMeUseCase,
    private readonly issueCalendarToken: IssueCalendarTokenUseCase,
    private readonly revokeCalendarToken: RevokeCalendarTokenUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserViewDto })
  me(@CurrentActor() actor: Actor) {
    return this.getMe.execute(actor);
  }

  @Patch()
  @ApiOkResponse({ type: UserViewDto })
  update(@Body() body: UpdateMeDto, @CurrentActor() actor: Actor) {
    return this.updateMe.execute(actor, body);
  }

  @Post('calendar-token')
  @HttpCode(201)
  newCalendarToken(@CurrentActor() actor: Actor) {
    return this.issueCalendarToken.execute(actor);
  }

  @Delete('calendar-token')
  @HttpCode(204)
  async dropCalendarToken(@CurrentActor() actor: Actor): Promise<void> {
    await this.revokeCalendarToken.execute(actor);
  }
}
