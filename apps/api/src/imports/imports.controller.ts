import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import { ImportRepertoireUseCase, RepertoireImportResult } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { decodeText } from './decode-text';
import { ImportFile, ImportUploadInterceptor, requireFile } from './import-upload.interceptor';

const FILE_BODY = {
  schema: { type: 'object' as const, required: ['file'], properties: { file: { type: 'string' as const, format: 'binary' } } },
};

/** Issue 17: bringing a portfolio in (CONTRACT §6). */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly importRepertoire: ImportRepertoireUseCase) {}

  @Post('repertoire')
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiBadRequestResponse({ description: 'no file, or not the 2008 directory (names `file`)' })
  @ApiForbiddenResponse({ description: 'admins only' })
  repertoire(@UploadedFile() file: ImportFile | undefined, @CurrentActor() actor: Actor): Promise<RepertoireImportResult> {
    return this.importRepertoire.execute(decodeText(requireFile(file).buffer).text, actor);
  }
}
