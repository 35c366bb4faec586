// The governance records are domain types (libs/domain/src/governance); their ports are one per
// aggregate (ports/governance/). These re-exports keep older imports from @passerelle/application working.
export type {
  ActionPlan,
  ActionPlanItem,
  AgendaItem,
  Amendment,
  Attendee,
  Decision,
  Deliberation,
  Evaluation,
  FileKind,
  Indicator,
  Meeting,
  Minutes,
  RenewalDecision,
  StoredFile,
} from '@passerelle/domain';
export { ACTION_STATUSES, DOCUMENT_KINDS } from '@passerelle/domain';
export * from './governance';
