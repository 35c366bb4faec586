import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CreateOrganizationUseCase,
  CreateUserUseCase,
  ListAuditUseCase,
  ListOrganizationsUseCase,
  ListUsersUseCase,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuditQuery, CreateOrganizationDto, CreateUserDto } from './dto/admin.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin')
export class AdminController {
  constructor(
    private readonly createOrganization: CreateOrganizationUseCase,
    private readonly listOrganizations: ListOrganizationsUseCase,
    private readonly createUser: CreateUserUseCase,
    private readonly listUsers: ListUsersUseCase,
    private readonly listAudit: ListAuditUseCase,
  ) {}

  @Post('organizations')
  addOrganization(@Body() body: CreateOrganizationDto, @CurrentActor() actor: Actor) {
    return this.createOrganization.execute(body, actor);
  }

  @Get('organizations')
  organizations(@CurrentActor() actor: Actor) {
    return this.listOrganizations.execute(actor);
  }

  @Post('users')
  addUser(@Body() body: CreateUserDto, @CurrentActor() actor: Actor) {
    return this.createUser.execute(body, actor);
  }

  @Get('users')
  users(@CurrentActor() actor: Actor) {
    return this.listUsers.execute(actor);
  }

  @Get('audit')
  audit(@Query() query: AuditQuery, @CurrentActor() actor: Actor) {
    return this.listAudit.execute(actor, query);
  }
}
