export * from './ownership-access';
export * from './get-deadline-owners/get-deadline-owners.use-case';
export * from './set-lead-officer/set-lead-officer.use-case';
export * from './assign-deadline-owner/assign-deadline-owner.use-case';
export * from './list-my-deadlines/list-my-deadlines.use-case';
export * from './get-my-organization/get-my-organization.use-case';
