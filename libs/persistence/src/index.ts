export * from './data-source';
export * from './database';
export * from './embedded/embedded-database';
export * from './entities';
export * from './persistence.module';
export * from './repositories/typeorm-convention.repository';
export * from './repositories/typeorm-deadline-store';
export * from './repositories/typeorm-governance.repository';
