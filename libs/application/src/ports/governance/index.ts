export * from './meeting.repository';
export * from './minutes.repository';
export * from './amendment.repository';
export * from './action-plan.repository';
export * from './evaluation.repository';
export * from './renewal-decision.repository';
export * from './attachment.repository';
export * from './governed-convention';
