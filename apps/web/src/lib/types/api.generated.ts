/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { PathsActionPlans } from './api-generated/paths-action-plans';
import type { PathsAdmin } from './api-generated/paths-admin';
import type { PathsAmendments } from './api-generated/paths-amendments';
import type { PathsAuth } from './api-generated/paths-auth';
import type { PathsCalendar1 } from './api-generated/paths-calendar-1';
import type { PathsCalendarics } from './api-generated/paths-calendarics';
import type { PathsCalendar2 } from './api-generated/paths-calendar-2';
import type { PathsConventions1 } from './api-generated/paths-conventions-1';
import type { PathsConventions2 } from './api-generated/paths-conventions-2';
import type { PathsDashboard } from './api-generated/paths-dashboard';
import type { PathsEvaluations } from './api-generated/paths-evaluations';
import type { PathsExchangeRates } from './api-generated/paths-exchange-rates';
import type { PathsExports } from './api-generated/paths-exports';
import type { PathsExtract } from './api-generated/paths-extract';
import type { PathsFiles } from './api-generated/paths-files';
import type { PathsImports } from './api-generated/paths-imports';
import type { PathsMe } from './api-generated/paths-me';
import type { PathsMeetings } from './api-generated/paths-meetings';
import type { PathsMinutes } from './api-generated/paths-minutes';
import type { PathsOrganizations } from './api-generated/paths-organizations';
import type { PathsPartyLinks } from './api-generated/paths-party-links';
import type { PathsReminders } from './api-generated/paths-reminders';
import type { PathsSearch } from './api-generated/paths-search';
import type { PathsSetup } from './api-generated/paths-setup';
import type { PathsRoot } from './api-generated/paths-root';
import type { SchemasA } from './api-generated/schemas-a';
import type { SchemasB } from './api-generated/schemas-b';
import type { SchemasC1 } from './api-generated/schemas-c-1';
import type { SchemasC2 } from './api-generated/schemas-c-2';
import type { SchemasD } from './api-generated/schemas-d';
import type { SchemasE } from './api-generated/schemas-e';
import type { SchemasF } from './api-generated/schemas-f';
import type { SchemasG } from './api-generated/schemas-g';
import type { SchemasH } from './api-generated/schemas-h';
import type { SchemasI } from './api-generated/schemas-i';
import type { SchemasK } from './api-generated/schemas-k';
import type { SchemasL } from './api-generated/schemas-l';
import type { SchemasM } from './api-generated/schemas-m';
import type { SchemasN } from './api-generated/schemas-n';
import type { SchemasO } from './api-generated/schemas-o';
import type { SchemasP } from './api-generated/schemas-p';
import type { SchemasR } from './api-generated/schemas-r';
import type { SchemasS } from './api-generated/schemas-s';
import type { SchemasT } from './api-generated/schemas-t';
import type { SchemasU } from './api-generated/schemas-u';
import type { SchemasV } from './api-generated/schemas-v';
import type { SchemasW } from './api-generated/schemas-w';
import type { OperationsActionplans } from './api-generated/operations-actionplans';
import type { OperationsAdmin1 } from './api-generated/operations-admin-1';
import type { OperationsReminders1 } from './api-generated/operations-reminders-1';
import type { OperationsAdmin2 } from './api-generated/operations-admin-2';
import type { OperationsAmendments } from './api-generated/operations-amendments';
import type { OperationsAuth } from './api-generated/operations-auth';
import type { OperationsDeadlines1 } from './api-generated/operations-deadlines-1';
import type { OperationsCalendarfeed } from './api-generated/operations-calendarfeed';
import type { OperationsDashboard1 } from './api-generated/operations-dashboard-1';
import type { OperationsConventions } from './api-generated/operations-conventions';
import type { OperationsConventiongovernance1 } from './api-generated/operations-conventiongovernance-1';
import type { OperationsDeadlines2 } from './api-generated/operations-deadlines-2';
import type { OperationsPortfolio1 } from './api-generated/operations-portfolio-1';
import type { OperationsDeadlines3 } from './api-generated/operations-deadlines-3';
import type { OperationsDeadlineowners1 } from './api-generated/operations-deadlineowners-1';
import type { OperationsDeadlines4 } from './api-generated/operations-deadlines-4';
import type { OperationsConventiongovernance2 } from './api-generated/operations-conventiongovernance-2';
import type { OperationsReminders2 } from './api-generated/operations-reminders-2';
import type { OperationsConventionnotes1 } from './api-generated/operations-conventionnotes-1';
import type { OperationsPortfolio2 } from './api-generated/operations-portfolio-2';
import type { OperationsDeadlineowners2 } from './api-generated/operations-deadlineowners-2';
import type { OperationsConventiongovernance3 } from './api-generated/operations-conventiongovernance-3';
import type { OperationsConventionnotes2 } from './api-generated/operations-conventionnotes-2';
import type { OperationsDeadlineowners3 } from './api-generated/operations-deadlineowners-3';
import type { OperationsPayments } from './api-generated/operations-payments';
import type { OperationsPortfolio3 } from './api-generated/operations-portfolio-3';
import type { OperationsReminders3 } from './api-generated/operations-reminders-3';
import type { OperationsConventiongovernance4 } from './api-generated/operations-conventiongovernance-4';
import type { OperationsPreviewdeadlines } from './api-generated/operations-previewdeadlines';
import type { OperationsDashboard2 } from './api-generated/operations-dashboard-2';
import type { OperationsEvaluations } from './api-generated/operations-evaluations';
import type { OperationsExchangerates } from './api-generated/operations-exchangerates';
import type { OperationsExports } from './api-generated/operations-exports';
import type { OperationsExtract } from './api-generated/operations-extract';
import type { OperationsFiles } from './api-generated/operations-files';
import type { OperationsImports } from './api-generated/operations-imports';
import type { OperationsMe } from './api-generated/operations-me';
import type { OperationsDeadlineowners4 } from './api-generated/operations-deadlineowners-4';
import type { OperationsDashboard3 } from './api-generated/operations-dashboard-3';
import type { OperationsDeadlineowners5 } from './api-generated/operations-deadlineowners-5';
import type { OperationsMeetings1 } from './api-generated/operations-meetings-1';
import type { OperationsMeetings2 } from './api-generated/operations-meetings-2';
import type { OperationsMinutes } from './api-generated/operations-minutes';
import type { OperationsOrganizationaid } from './api-generated/operations-organizationaid';
import type { OperationsPartylinks } from './api-generated/operations-partylinks';
import type { OperationsReminders4 } from './api-generated/operations-reminders-4';
import type { OperationsSearch } from './api-generated/operations-search';
import type { OperationsSetup } from './api-generated/operations-setup';
import type { OperationsHealth } from './api-generated/operations-health';

export type paths = PathsActionPlans &
  PathsAdmin &
  PathsAmendments &
  PathsAuth &
  PathsCalendar1 &
  PathsCalendarics &
  PathsCalendar2 &
  PathsConventions1 &
  PathsConventions2 &
  PathsDashboard &
  PathsEvaluations &
  PathsExchangeRates &
  PathsExports &
  PathsExtract &
  PathsFiles &
  PathsImports &
  PathsMe &
  PathsMeetings &
  PathsMinutes &
  PathsOrganizations &
  PathsPartyLinks &
  PathsReminders &
  PathsSearch &
  PathsSetup &
  PathsRoot;
export type webhooks = Record<string, never>;
export interface components {
  schemas: SchemasA &
    SchemasB &
    SchemasC1 &
    SchemasC2 &
    SchemasD &
    SchemasE &
    SchemasF &
    SchemasG &
    SchemasH &
    SchemasI &
    SchemasK &
    SchemasL &
    SchemasM &
    SchemasN &
    SchemasO &
    SchemasP &
    SchemasR &
    SchemasS &
    SchemasT &
    SchemasU &
    SchemasV &
    SchemasW;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = OperationsActionplans &
  OperationsAdmin1 &
  OperationsReminders1 &
  OperationsAdmin2 &
  OperationsAmendments &
  OperationsAuth &
  OperationsDeadlines1 &
  OperationsCalendarfeed &
  OperationsDashboard1 &
  OperationsConventions &
  OperationsConventiongovernance1 &
  OperationsDeadlines2 &
  OperationsPortfolio1 &
  OperationsDeadlines3 &
  OperationsDeadlineowners1 &
  OperationsDeadlines4 &
  OperationsConventiongovernance2 &
  OperationsReminders2 &
  OperationsConventionnotes1 &
  OperationsPortfolio2 &
  OperationsDeadlineowners2 &
  OperationsConventiongovernance3 &
  OperationsConventionnotes2 &
  OperationsDeadlineowners3 &
  OperationsPayments &
  OperationsPortfolio3 &
  OperationsReminders3 &
  OperationsConventiongovernance4 &
  OperationsPreviewdeadlines &
  OperationsDashboard2 &
  OperationsEvaluations &
  OperationsExchangerates &
  OperationsExports &
  OperationsExtract &
  OperationsFiles &
  OperationsImports &
  OperationsMe &
  OperationsDeadlineowners4 &
  OperationsDashboard3 &
  OperationsDeadlineowners5 &
  OperationsMeetings1 &
  OperationsMeetings2 &
  OperationsMinutes &
  OperationsOrganizationaid &
  OperationsPartylinks &
  OperationsReminders4 &
  OperationsSearch &
  OperationsSetup &
  OperationsHealth;
