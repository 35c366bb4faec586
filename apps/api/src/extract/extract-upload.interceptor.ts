import { Injectable } from '@nestjs/common';
import { MAX_EXTRACTION_BYTES } from '@passerelle/application';
import { SingleFileUpload } from '../common/single-file-upload';

/** One file in the multipart field `file` (JSON requests pass through): over 20 MiB is a 413 naming `file`. */
@Injectable()
export class ExtractUploadInterceptor extends SingleFileUpload({
  maxBytes: MAX_EXTRACTION_BYTES,
  what: 'one file',
  fields: 4,
  fieldSize: 1_000,
  parts: 6,
}) {}
