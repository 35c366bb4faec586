import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Locale } from '@passerelle/i18n';
import { Request } from 'express';

/** `?lang=en|fr`, else the first of fr/en in Accept-Language, else French. */
export const RequestLocale = createParamDecorator((_data: unknown, context: ExecutionContext): Locale => {
  const request = context.switchToHttp().getRequest<Request>();
  const asked = typeof request.query.lang === 'string' ? request.query.lang.toLowerCase() : '';
  if (asked === 'fr' || asked === 'en') return asked;
  const header = request.headers['accept-language'] ?? '';
  const first = header
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((language) => language === 'fr' || language === 'en');
  return first ?? 'fr';
});
