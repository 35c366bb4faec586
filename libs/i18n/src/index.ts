export * from './locale';
export * from './messages';
export * from './translate';
export * from './format-date-long';
export * from './format-message';
export * from './catalogue-rules';
