import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CheckSetupLinkUseCase, CreateFirstAdminUseCase } from '@passerelle/application';
import { Public } from '../auth/public.decorator';
import { CreateFirstAdminDto, SetupLinkStatusDto, SetupTokenQuery } from './dto/setup.dto';

/** The first-start setup link (`/setup?token=…`, printed by `npm start` while no admin exists). */
@ApiTags('setup')
@Public()
@Controller('api/setup')
export class SetupController {
  constructor(
    private readonly check: CheckSetupLinkUseCase,
    private readonly createFirstAdmin: CreateFirstAdminUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Whether a setup link may still create the first admin' })
  @ApiOkResponse({ type: SetupLinkStatusDto })
  status(@Query() query: SetupTokenQuery): Promise<SetupLinkStatusDto> {
    return this.check.execute(query.token);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Create the first admin with the setup link (single use, 24 h, refused once an admin exists)',
  })
  @ApiCreatedResponse({ description: 'the admin, who may now sign in with POST /api/auth/login' })
  @ApiBadRequestResponse({
    description: 'a field is invalid, or the link is unknown, used or expired (`token`)',
  })
  @ApiConflictResponse({ description: 'an admin already exists, or the address is taken' })
  async create(@Body() body: CreateFirstAdminDto) {
    const user = await this.createFirstAdmin.execute({
      token: body.token,
      email: body.email,
      name: body.name,
      password: body.password,
      language: body.language ?? 'fr',
    });
    return { user };
  }
}
