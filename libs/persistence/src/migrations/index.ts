import { CreateConventions1764000000000 } from './1764000000000-create-conventions';
import { CreateDeadlines1764000000001 } from './1764000000001-create-deadlines';
import { CreateAccounts1764000000002 } from './1764000000002-create-accounts';
import { CreateReminders1764000000003 } from './1764000000003-create-reminders';
import { CreateGovernance1764000000004 } from './1764000000004-create-governance';
import { ReminderSweepInstant1764000000005 } from './1764000000005-reminder-sweep-instant';
import { IndexDeadlinesUntil1764000000006 } from './1764000000006-index-deadlines-until';
import { LeanDeadlines1764000000007 } from './1764000000007-lean-deadlines';
import { DeadlineHorizons1764000000008 } from './1764000000008-deadline-horizons';
import { DeadlineOwners1764000015000 } from './1764000015000-deadline-owners';
import { CreateSetupTokens1764000011000 } from './1764000011000-create-setup-tokens';
import { PartyLinkRequests1764000013000 } from './1764000013000-party-link-requests';
import { Portfolio1764000017000 } from './1764000017000-portfolio';
import { CreateExtractionJobs1764000016000 } from './1764000016000-create-extraction-jobs';
import { BothShores1764000018000 } from './1764000018000-both-shores';
import { OrganizationDeadlines1764000018100 } from './1764000018100-organization-deadlines';
import { ExchangeRates1764000018200 } from './1764000018200-exchange-rates';
import { ReminderDelivery1764000012000 } from './1764000012000-reminder-delivery';
import { ReminderReasons1764000019000 } from './1764000019000-reminder-reasons';
import { ComplianceAnswers1764000020000 } from './1764000020000-compliance-answers';
import { ReminderClaimOrder1764000020100 } from './1764000020100-reminder-claim-order';
import { UnfollowTokenConventions1764000021000 } from './1764000021000-unfollow-token-conventions';

/** In order. A new migration is written by hand (or generated), reviewed, and appended here. */
export const MIGRATIONS = [
  CreateConventions1764000000000,
  CreateDeadlines1764000000001,
  CreateAccounts1764000000002,
  CreateReminders1764000000003,
  CreateGovernance1764000000004,
  ReminderSweepInstant1764000000005,
  IndexDeadlinesUntil1764000000006,
  LeanDeadlines1764000000007,
  DeadlineHorizons1764000000008,
  DeadlineOwners1764000015000,
  CreateSetupTokens1764000011000,
  PartyLinkRequests1764000013000,
  Portfolio1764000017000,
  CreateExtractionJobs1764000016000,
  BothShores1764000018000,
  ReminderDelivery1764000012000,
  OrganizationDeadlines1764000018100,
  ExchangeRates1764000018200,
  ReminderReasons1764000019000,
  ComplianceAnswers1764000020000,
  ReminderClaimOrder1764000020100,
  UnfollowTokenConventions1764000021000,
];
