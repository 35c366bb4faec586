import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { MAX_EXTRACTION_BYTES } from '@passerelle/application';
import { Observable } from 'rxjs';

const Multer = FileInterceptor('file', {
  // Memory storage: the file is read and forgotten; nothing reaches the disk.
  limits: { fileSize: MAX_EXTRACTION_BYTES, files: 1, fields: 4, fieldSize: 1_000, parts: 6 },
  ...({ defParamCharset: 'utf8' } as object),
});

/** One file in the multipart field `file` (JSON requests pass through): over 20 MiB is a 413 naming `file`. */
@Injectable()
export class ExtractUploadInterceptor extends Multer implements NestInterceptor {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new PayloadTooLargeException({
          statusCode: 413,
          error: 'Payload Too Large',
          message: `file: larger than ${MAX_EXTRACTION_BYTES / 1024 / 1024} MiB`,
          field: 'file',
        });
      }
      if (error instanceof BadRequestException) {
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: `file: ${error.message} (send one file in the multipart field "file")`,
          field: 'file',
        });
      }
      throw error;
    }
  }
}
