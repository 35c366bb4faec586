import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';

export interface SingleFileLimits {
  maxBytes: number;
  /** What the field holds, for the message: "one PDF", "one file". */
  what: string;
  fields: number;
  fieldSize: number;
  parts: number;
}

/**
 * An interceptor for one file in the multipart field `file`, kept in memory (nothing reaches the
 * disk): over `maxBytes` a 413 and other multipart mistakes a 400, each naming `file`, before the
 * handler runs.
 */
export function SingleFileUpload(limits: SingleFileLimits): Type<NestInterceptor> {
  const Multer = FileInterceptor('file', {
    limits: {
      fileSize: limits.maxBytes,
      files: 1,
      fields: limits.fields,
      fieldSize: limits.fieldSize,
      parts: limits.parts,
    },
    // File names as browsers send them (UTF-8), not latin1: « PV signé.pdf » stays readable.
    ...({ defParamCharset: 'utf8' } as object),
  });

  @Injectable()
  class SingleFileUploadInterceptor extends Multer implements NestInterceptor {
    override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await super.intercept(context, next);
      } catch (error) {
        if (error instanceof PayloadTooLargeException) {
          throw new PayloadTooLargeException({
            statusCode: 413,
            error: 'Payload Too Large',
            message: `file: larger than ${limits.maxBytes / 1024 / 1024} MiB`,
            field: 'file',
          });
        }
        if (error instanceof BadRequestException) {
          throw new BadRequestException({
            statusCode: 400,
            error: 'Bad Request',
            message: `file: ${error.message} (send ${limits.what} in the multipart field "file")`,
            field: 'file',
          });
        }
        throw error;
      }
    }
  }
  return SingleFileUploadInterceptor;
}
