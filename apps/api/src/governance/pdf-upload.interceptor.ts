import { applyDecorators, BadRequestException, Injectable, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiPayloadTooLargeResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { MAX_FILE_BYTES, UploadedFile } from '@passerelle/application';
import { SingleFileUpload } from '../common/single-file-upload';

/**
 * multipart/form-data with one PDF in the field `file`: over 10 MiB is a 413 and other multipart
 * mistakes a 400, each naming `file`, before the handler runs.
 */
@Injectable()
export class PdfUploadInterceptor extends SingleFileUpload({
  maxBytes: MAX_FILE_BYTES,
  what: 'one PDF',
  fields: 10,
  fieldSize: 10_000,
  parts: 12,
}) {}

/** The part multer keeps in memory (only the fields used here). */
export interface MultipartFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

/** The uploaded part as the use cases take it; a 400 naming `file` when there is none. */
export function uploadedPdf(file: MultipartFile | undefined): UploadedFile {
  if (!file) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'file: required (multipart/form-data with a PDF in the field "file")',
      field: 'file',
    });
  }
  return { filename: file.originalname, contentType: file.mimetype, content: file.buffer };
}

/**
 * A route taking one PDF in the multipart field `file`, checked by PdfUploadInterceptor, and
 * documented as such; `fields` are the form's other fields.
 */
export function PdfUpload(fields: Record<string, SchemaObject> = {}, required: string[] = []) {
  return applyDecorators(
    UseInterceptors(PdfUploadInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file', ...required],
        properties: {
          file: { type: 'string', format: 'binary', description: 'a PDF, 10 MiB at most' },
          ...fields,
        },
      },
    }),
    ApiBadRequestResponse({
      description: 'not a PDF (content type and %PDF magic bytes checked), or no file',
    }),
    ApiPayloadTooLargeResponse({ description: 'over 10 MiB: nothing is stored' }),
  );
}
