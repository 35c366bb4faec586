import { BadRequestException, Injectable } from '@nestjs/common';
import { SingleFileUpload } from '../common/single-file-upload';

/** The directory is 300 kB and a 50,000-row spreadsheet a few MiB: 20 MiB as for extraction (§6). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** One file in the multipart field `file`: over 20 MiB a 413, other multipart mistakes a 400, naming `file`. */
@Injectable()
export class ImportUploadInterceptor extends SingleFileUpload({
  maxBytes: MAX_IMPORT_BYTES,
  what: 'one file',
  fields: 10,
  fieldSize: 100_000,
  parts: 12,
}) {}

export interface ImportFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

export function requireFile(file: ImportFile | undefined): ImportFile {
  if (!file || file.buffer.length === 0) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'file: required (multipart/form-data with the file in the field "file")',
      field: 'file',
    });
  }
  return file;
}
