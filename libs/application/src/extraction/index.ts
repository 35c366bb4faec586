export * from '../ports/document-reader';
export * from '../ports/extraction-job.repository';
export * from './extraction-answer';
export * from './extract-from-text/extract-from-text.use-case';
export * from './extract-from-file/extract-from-file.use-case';
export * from './get-extraction-job/get-extraction-job.use-case';
