import { ClauseEntity } from './clause.entity';
import { ConventionEntity } from './convention.entity';
import { FinancialCommitmentEntity } from './financial-commitment.entity';
import { PartyEntity } from './party.entity';

export { ClauseEntity, ConventionEntity, FinancialCommitmentEntity, PartyEntity };

export const ENTITIES = [ConventionEntity, PartyEntity, ClauseEntity, FinancialCommitmentEntity];
