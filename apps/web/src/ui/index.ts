export * from './Badge';
export * from './Button';
export * from './Card';
export * from './Field';
export * from './LanguageSwitch';
export * from './Notice';
export * from './Page';
export * from './Table';
