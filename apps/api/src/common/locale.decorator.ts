import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Locale, LOCALES } from '@passerelle/i18n';
import { Request } from 'express';

/** `?lang=fr|en|ar`, else the first of fr/en/ar in Accept-Language, else French. */
export const RequestLocale = createParamDecorator((_data: unknown, context: ExecutionContext): Locale => {
  const request = context.switchToHttp().getRequest<Request>();
  const asked = typeof request.query.lang === 'string' ? request.query.lang.toLowerCase() : '';
  if ((LOCALES as readonly string[]).includes(asked)) return asked as Locale;
  const header = request.headers['accept-language'] ?? '';
  const first = header
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((language) => (LOCALES as readonly string[]).includes(language));
  return (first as Locale | undefined) ?? 'fr';
});
