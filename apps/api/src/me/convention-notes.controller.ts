import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  GetConventionHistoryUseCase,
  GetOrganizationNoteUseCase,
  PutOrganizationNoteUseCase,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { NoteDto } from '../admin/dto/admin.dto';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuditEntryViewDto } from './dto/me-view.dto';

const conventionId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundException('convention not found'),
});

@ApiTags('conventions')
@ApiBearerAuth()
@Controller('api/conventions/:id')
export class ConventionNotesController {
  constructor(
    private readonly history: GetConventionHistoryUseCase,
    private readonly getNote: GetOrganizationNoteUseCase,
    private readonly putNote: PutOrganizationNoteUseCase,
  ) {}

  /** Every write on the convention: who, when, before and after. */
  @Get('history')
  @ApiOkResponse({ type: [AuditEntryViewDto] })
  changes(@Param('id', conventionId) id: string, @CurrentActor() actor: Actor) {
    return this.history.execute(id, actor);
  }

  /** The caller's organization's internal note: no other organization sees it. */
  @Get('notes')
  note(@Param('id', conventionId) id: string, @CurrentActor() actor: Actor) {
    return this.getNote.execute(id, actor);
  }

  @Put('notes')
  saveNote(@Param('id', conventionId) id: string, @Body() body: NoteDto, @CurrentActor() actor: Actor) {
    return this.putNote.execute(id, body.text, actor);
  }
}
