import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ExtractFromFileUseCase,
  ExtractFromTextUseCase,
  GetExtractionJobUseCase,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { WritersOnlyGuard } from '../web/preview/writers-only.guard';
import { ExtractTextDto } from './dto/extract-text.dto';
import { ExtractUploadInterceptor } from './extract-upload.interceptor';

interface MultipartFile {
  buffer: Buffer;
}

@ApiTags('extract')
@ApiBearerAuth()
@Controller('api/extract')
@UseGuards(WritersOnlyGuard)
export class ExtractController {
  constructor(
    private readonly fromText: ExtractFromTextUseCase,
    private readonly fromFile: ExtractFromFileUseCase,
    private readonly getJob: GetExtractionJobUseCase,
  ) {}

  /** CONTRACT §6: reads a convention's text or file and proposes its document; saves nothing. */
  @Post()
  @HttpCode(200)
  @UseInterceptors(ExtractUploadInterceptor)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        {
          type: 'object',
          required: ['text'],
          properties: { text: { type: 'string' }, language: { enum: ['fr', 'en'] } },
        },
        {
          type: 'object',
          required: ['file'],
          properties: {
            file: {
              type: 'string',
              format: 'binary',
              description: 'PDF (text layer or scanned), DOCX or TXT; 20 MiB at most',
            },
            language: { enum: ['fr', 'en'] },
          },
        },
      ],
    },
  })
  @ApiOkResponse({ description: '{document, findings, text, warnings}' })
  @ApiAcceptedResponse({ description: 'a scanned PDF: {jobId}; poll GET /api/extract/:jobId' })
  @ApiBadRequestResponse({
    description: 'no text or file, an empty text, a spreadsheet or another kind of file',
  })
  @ApiPayloadTooLargeResponse({ description: 'a file over 20 MiB' })
  @ApiUnprocessableEntityResponse({
    description: 'an encrypted or damaged PDF, too many scanned pages, no text',
  })
  @ApiForbiddenResponse({ description: 'viewers read only' })
  async extract(
    @Body() body: ExtractTextDto,
    @UploadedFile() file: MultipartFile | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (file) {
      const result = await this.fromFile.execute(file.buffer, actor, body.language);
      if (result.status === 202) {
        response.status(202);
        return { jobId: result.jobId };
      }
      return result.answer;
    }
    if (body.text === undefined) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'text: required (JSON {"text"}), or a multipart field "file"',
        field: 'text',
      });
    }
    return this.fromText.execute(body.text, body.language);
  }

  @Get(':jobId')
  @ApiOkResponse({
    description: '{status: "running", progress: {page, pages}} or the 200 answer of POST /api/extract',
  })
  @ApiNotFoundResponse({ description: 'no such job, or another user’s' })
  async job(
    @Param('jobId') jobId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ) {
    const job = await this.getJob.execute(jobId, actor);
    if (job.status === 'done') return job.result;
    if (job.status === 'failed') {
      response.status(job.error.statusCode);
      return { ...job.error, error: job.error.statusCode === 400 ? 'Bad Request' : 'Unprocessable Entity' };
    }
    return job;
  }
}
