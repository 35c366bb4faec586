import { Body, Controller, Get, Param, Post, UploadedFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse } from '@nestjs/swagger';
import {
  AttachFileUseCase,
  CirculateMinutesUseCase,
  FileView,
  ListMinutesUseCase,
  MinutesView,
  SignMinutesUseCase,
} from '@passerelle/application';
import { Actor, StoredConvention } from '@passerelle/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CirculateMinutesDto, SignMinutesDto } from './dto/meeting.dto';
import { GovernanceRoutes, GovernedConvention } from './governance-access.guard';
import { MultipartFile, PdfUpload, uploadedPdf } from './pdf-upload.interceptor';

/** One version of a meeting's minutes (procès-verbal): circulation, signatures, attachments. */
@GovernanceRoutes('minutes', 'no such minutes, or of a convention the caller may not see')
@Controller('api/minutes/:id')
export class MinutesController {
  constructor(
    private readonly listMinutes: ListMinutesUseCase,
    private readonly circulateMinutes: CirculateMinutesUseCase,
    private readonly signMinutes: SignMinutesUseCase,
    private readonly attachFile: AttachFileUseCase,
  ) {}

  @Get()
  minutes(@Param('id') id: string, @GovernedConvention() convention: StoredConvention): Promise<MinutesView> {
    return this.listMinutes.one(convention, id);
  }

  /** Sends a draft to the signatories; it is locked from then on. */
  @Post('circulate')
  circulate(
    @Param('id') id: string,
    @Body() body: CirculateMinutesDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MinutesView> {
    return this.circulateMinutes.execute(convention, id, body, actor);
  }

  /** A signature by one of the clause's minutesSignatories: `{status, executoryOn}` and the rest of the minutes. */
  @Post('signatures')
  @ApiBadRequestResponse({
    description: 'not one of the committee clause’s minutesSignatories (names signatory)',
  })
  @ApiConflictResponse({ description: 'already signed on another day, or a later version exists' })
  signature(
    @Param('id') id: string,
    @Body() body: SignMinutesDto,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<MinutesView> {
    return this.signMinutes.execute(convention, id, body, actor);
  }

  @Post('attachments')
  @PdfUpload()
  attach(
    @Param('id') id: string,
    @UploadedFile() file: MultipartFile | undefined,
    @CurrentActor() actor: Actor,
    @GovernedConvention() convention: StoredConvention,
  ): Promise<FileView> {
    return this.attachFile.execute(convention, { kind: 'minutes', minutesId: id }, uploadedPdf(file), actor);
  }
}
