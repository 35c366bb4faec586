import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@passerelle/domain';
import { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { InputProblem } from '../security/input-limits';

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  invalid_input: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  unauthenticated: HttpStatus.UNAUTHORIZED,
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Every error leaves as `{statusCode, error, message}` (docs/api.md#errors), plus `fields` for invalid input. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(
        `database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`,
      );
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      response.status(503).json({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'the database is unavailable: try again in a few seconds',
      });
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode === 503) response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): {
    statusCode: number;
    error: string;
    message: string;
    [key: string]: unknown;
  } {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_BY_CODE[exception.code];
      return {
        statusCode,
        error: this.reason(statusCode),
        code: exception.code,
        message: exception.message,
        ...(exception.field ? { field: exception.field } : {}),
        ...(exception.problems ? { fields: exception.problems } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'string' ? { message: raw } : (raw as Record<string, unknown>);
      const text = payload.message ?? exception.message;
      const message = Array.isArray(text)
        ? text.join('; ')
        : typeof text === 'string'
          ? text
          : JSON.stringify(text);
      return { ...payload, statusCode, error: this.reason(statusCode), message };
    }
    if (exception instanceof InputProblem) {
      return { statusCode: 400, error: 'Bad Request', message: exception.message, field: exception.field };
    }
    const parserError = exception as BodyParserError;
    if (parserError?.type === 'entity.too.large') {
      return {
        statusCode: 400,
        error: 'Bad Request',
        message: 'body: the request body exceeds 1 MiB',
        field: 'body',
      };
    }
    if (parserError?.type === 'entity.parse.failed') {
      return { statusCode: 400, error: 'Bad Request', message: 'body: malformed JSON', field: 'body' };
    }
    if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      return {
        statusCode: parserError.status,
        error: this.reason(parserError.status),
        message: String((exception as Error).message),
      };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'An unexpected error occurred' };
  }

  private reason(status: number): string {
    const name = HttpStatus[status];
    return name
      ? name
          .toLowerCase()
          .split('_')
          .map((word) => word[0].toUpperCase() + word.slice(1))
          .join(' ')
      : 'Error';
  }
}
