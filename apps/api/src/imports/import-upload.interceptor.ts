import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';

/** The directory is 300 kB and a 50,000-row spreadsheet a few MiB: 20 MiB as for extraction (§6). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const Multer = FileInterceptor('file', {
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, fieldSize: 100_000, parts: 12 },
  ...({ defParamCharset: 'utf8' } as object),
});

/** One file in the multipart field `file`: over 20 MiB a 413, other multipart mistakes a 400, naming `file`. */
@Injectable()
export class ImportUploadInterceptor extends Multer implements NestInterceptor {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new PayloadTooLargeException({
          statusCode: 413, error: 'Payload Too Large', message: `file: larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`, field: 'file',
        });
      }
      if (error instanceof BadRequestException) {
        throw new BadRequestException({
          statusCode: 400, error: 'Bad Request', message: `file: ${error.message} (send one file in the multipart field "file")`, field: 'file',
        });
      }
      throw error;
    }
  }
}

export interface ImportFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

export function requireFile(file: ImportFile | undefined): ImportFile {
  if (!file || file.buffer.length === 0) {
    throw new BadRequestException({
      statusCode: 400, error: 'Bad Request', message: 'file: required (multipart/form-data with the file in the field "file")', field: 'file',
    });
  }
  return file;
}
