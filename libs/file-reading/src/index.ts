export * from './file-kind';
export * from './read-text-file';
export * from './read-docx';
export * from './pdf-reader';
export * from './file-document-reader';
