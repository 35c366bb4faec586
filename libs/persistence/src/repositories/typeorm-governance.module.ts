import { Global, Module } from '@nestjs/common';
import {
  ActionPlanRepository,
  AmendmentRepository,
  AttachmentRepository,
  EvaluationRepository,
  GovernanceReader,
  GovernedConventions,
  MeetingRepository,
  MinutesRepository,
  RenewalDecisionRepository,
} from '@passerelle/application';
import { DataSource } from 'typeorm';
import { poolManager } from './governance/transaction-host';
import { TypeormActionPlanRepository } from './governance/typeorm-action-plan.repository';
import { TypeormAmendmentRepository } from './governance/typeorm-amendment.repository';
import { TypeormAttachmentRepository } from './governance/typeorm-attachment.repository';
import { TypeormEvaluationRepository } from './governance/typeorm-evaluation.repository';
import { TypeormGovernanceFacts } from './governance/typeorm-governance-facts';
import { TypeormGovernedConventions } from './governance/typeorm-governed-conventions';
import { TypeormMeetingRepository } from './governance/typeorm-meeting.repository';
import { TypeormMinutesRepository } from './governance/typeorm-minutes.repository';
import { TypeormRenewalDecisionRepository } from './governance/typeorm-renewal-decision.repository';

const PORTS = [
  { provide: MeetingRepository, useClass: TypeormMeetingRepository },
  { provide: MinutesRepository, useClass: TypeormMinutesRepository },
  { provide: AmendmentRepository, useClass: TypeormAmendmentRepository },
  { provide: ActionPlanRepository, useClass: TypeormActionPlanRepository },
  { provide: EvaluationRepository, useClass: TypeormEvaluationRepository },
  { provide: RenewalDecisionRepository, useClass: TypeormRenewalDecisionRepository },
  { provide: AttachmentRepository, useClass: TypeormAttachmentRepository },
  { provide: GovernedConventions, useClass: TypeormGovernedConventions },
  { provide: GovernanceReader, useClass: TypeormGovernanceFacts },
];

/** Binds the governance ports, one repository per aggregate, once for every module. */
@Global()
@Module({ providers: PORTS, exports: PORTS.map((port) => port.provide) })
export class GovernancePersistenceModule {}

/** The governance facts reader on a bare DataSource (the rebuild CLI and benchmarks run without Nest). */
export function governanceFactsOn(dataSource: DataSource): GovernanceReader {
  return new TypeormGovernanceFacts(poolManager(dataSource));
}
