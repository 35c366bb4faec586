/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface paths {
  '/api/action-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ActionPlansController_update'];
    trace?: never;
  };
  '/api/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AdminController_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AdminController_organizations'];
    put?: never;
    post: operations['AdminController_addOrganization'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/organizations/{id}/reminder-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['RemindersController_organizationPolicy'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/reminders/delivery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RemindersController_delivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/scheduler/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['RemindersController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AdminController_users'];
    put?: never;
    post: operations['AdminController_addUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/amendments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AmendmentsController_amendment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/amendments/{id}/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AmendmentsController_approval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitation/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_askReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_confirmReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlinesController_calendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarFeedController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/conventions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DashboardController_conventionIndex'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionsController_list'];
    put?: never;
    post: operations['ConventionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionsController_get'];
    put?: never;
    post?: never;
    delete: operations['ConventionsController_remove'];
    options?: never;
    head?: never;
    patch: operations['ConventionsController_update'];
    trace?: never;
  };
  '/api/conventions/{id}/action-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionGovernanceController_actionPlans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionGovernanceController_amendments'];
    put?: never;
    post: operations['ConventionGovernanceController_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/clauses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionGovernanceController_clauses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlinesController_compliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PortfolioController_addContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlinesController_deadlines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/deadlines/{kind}/{dueOn}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DeadlinesController_markDone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/deadlines/{kind}/{dueOn}/owner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['DeadlineOwnersController_assign'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/deadlines/{kind}/{dueOn}/record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['DeadlinesController_reopen'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/deadlines/{kind}/{dueOn}/waive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DeadlinesController_waive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionGovernanceController_documents'];
    put?: never;
    post: operations['ConventionGovernanceController_uploadDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionGovernanceController_evaluations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/follow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['RemindersController_setFollowing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionNotesController_changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/history-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PortfolioController_addEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/lead-officer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['DeadlineOwnersController_lead'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionGovernanceController_meetings'];
    put?: never;
    post: operations['ConventionGovernanceController_logCommitteeMeeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionNotesController_note'];
    put: operations['ConventionNotesController_saveNote'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlineOwnersController_owners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PaymentsController_items'];
    put?: never;
    post: operations['PaymentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/payments/import-action-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PaymentsController_fromPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/portfolio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PortfolioController_portfolio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PortfolioController_addProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/reminder-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['RemindersController_conventionPolicy'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/renewal-decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConventionGovernanceController_renewalDecisions'];
    put?: never;
    post: operations['ConventionGovernanceController_renewalDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/preview-deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PreviewDeadlinesController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DashboardController_deadlines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DashboardController_compliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/evaluations/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['EvaluationsController_attach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exchange-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExchangeRatesController_list'];
    put: operations['ExchangeRatesController_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/conventions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_conventionsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/conventions.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_conventionsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/conventions/{id}/deadlines.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_conventionDeadlinesCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/conventions/{id}/deadlines.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_conventionDeadlinesXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/conventions/{id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/deadlines.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_deadlinesCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/deadlines.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_deadlinesXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/extract': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ExtractController_extract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/extract/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExtractController_job'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FilesController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/conventions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportsController_conventions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/conventions/columns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportsController_columns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/conventions/template.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ImportsController_templateCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/conventions/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ImportsController_templateXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/repertoire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportsController_repertoire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['MeController_update'];
    trace?: never;
  };
  '/api/me/calendar-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MeController_newCalendarToken'];
    delete: operations['MeController_dropCalendarToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlineOwnersController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/following': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DashboardController_following'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/organization': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlineOwnersController_organization'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeetingsController_meeting'];
    put?: never;
    post?: never;
    delete: operations['MeetingsController_remove'];
    options?: never;
    head?: never;
    patch: operations['MeetingsController_update'];
    trace?: never;
  };
  '/api/meetings/{id}/action-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MeetingsController_actionPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MeetingsController_decision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MeetingsController_evaluation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeetingsController_minutesHistory'];
    put?: never;
    post: operations['MeetingsController_minutes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/minutes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MinutesController_minutes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/minutes/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MinutesController_attach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/minutes/{id}/circulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MinutesController_circulate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/minutes/{id}/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MinutesController_signature'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/apd': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationAidController_declaration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/apd.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationAidController_apdCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/apd.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationAidController_apdXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/apd/{year}/declaration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OrganizationAidController_declared'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/council-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationAidController_councilReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/council-report.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationAidController_councilReportJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}/council-report.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationAidController_councilReportXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/party-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PartyLinksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/party-links/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PartyLinksController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/party-links/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PartyLinksController_refuse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RemindersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminders/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['RemindersController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SearchController_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether a setup link may still create the first admin */
    get: operations['SetupController_status'];
    put?: never;
    /** Create the first admin with the setup link (single use, 24 h, refused once an admin exists) */
    post: operations['SetupController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActionPlanChangeDto: {
      /** @example committee */
      approvedBy?: string | null;
      /** @example 31 */
      deadlineDay?: number;
      /** @example 12 */
      deadlineMonth?: number;
      source?: components['schemas']['ClauseSourceDto'];
      /** @example -1 */
      yearOffset?: number;
    };
    ActionPlanClauseDto: {
      /** @example committee */
      approvedBy?: string | null;
      /** @example 31 */
      deadlineDay: number;
      /** @example 12 */
      deadlineMonth: number;
      source?: components['schemas']['ClauseSourceDto'];
      /** @example -1 */
      yearOffset?: number;
    };
    ActionPlanDeadlineDto: {
      /**
       * Format: date
       * @example 2026-03-12
       */
      dueOn: string;
      /** @enum {string} */
      kind: 'action_plan';
      planYear: number;
    };
    ActionPlanItemDto: {
      /** @example Échanges de jeunes footballeurs */
      action: string;
      /** @example Jeunesse et sport */
      axis: string;
      /** @example 15000 */
      budget?: number | null;
      coFinancing?: components['schemas']['CoFinancingDto'][];
      /** @example EUR */
      currency?: string | null;
      /** @example Villeneuve-la-Garenne */
      leadParty: string;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'done' | 'cancelled';
    };
    ActionPlanItemsDto: {
      items: components['schemas']['ActionPlanItemDto'][];
    };
    ActionPlanItemViewDto: {
      action: string;
      axis: string;
      budget?: number | null;
      coFinancing?: components['schemas']['CoFinancingViewDto'][];
      currency?: string | null;
      leadParty: string;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'done' | 'cancelled';
    };
    ActionPlanViewDto: {
      /** Format: uuid */
      conventionId: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      deadline: components['schemas']['ActionPlanDeadlineDto'] | null;
      /** Format: uuid */
      id: string;
      items: components['schemas']['ActionPlanItemViewDto'][];
      /** Format: uuid */
      meetingId: string | null;
      /**
       * @description budget per currency, cancelled actions left out
       * @example {
       *       "EUR": 15000
       *     }
       */
      totals: {
        [key: string]: number;
      };
      /** Format: date-time */
      updatedAt: string;
      /**
       * Format: date
       * @example 2026-03-12
       */
      validatedOn: string;
      /** @example 2027 */
      year: number;
    };
    AgendaItemDto: {
      description?: string | null;
      /** @example Programme d’actions 2027 */
      title: string;
    };
    AgendaItemViewDto: {
      description?: string | null;
      title: string;
    };
    AmendmentApprovalViewDto: {
      /** @enum {string} */
      decision: 'approved' | 'refused';
      deliberationRef?: string | null;
      /**
       * Format: date
       * @example 2026-03-12
       */
      on: string;
      party: string;
      recordedBy: string | null;
    };
    AmendmentClauseDto: {
      /** @enum {string} */
      rule: 'unanimity' | 'common_agreement' | 'avenant_signed_by_all';
      source?: components['schemas']['ClauseSourceDto'];
    };
    AmendmentRuleChangeDto: {
      /** @enum {string} */
      rule?: 'unanimity' | 'common_agreement' | 'avenant_signed_by_all';
      source?: components['schemas']['ClauseSourceDto'];
    };
    AmendmentViewDto: {
      approvals: components['schemas']['AmendmentApprovalViewDto'][];
      /** @description a partial clauses object */
      changes: components['schemas']['ClauseChangesDto'];
      /** Format: uuid */
      conventionId: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      /** Format: uuid */
      id: string;
      /**
       * Format: date
       * @example 2026-03-12
       */
      inForceOn: string | null;
      /** @description parties that have not answered yet */
      missing: string[];
      /** @description avenant n° */
      number: number;
      /**
       * Format: date
       * @example 2026-03-12
       */
      proposedOn: string;
      refusedBy: string[];
      /** @enum {string} */
      rule: 'unanimity' | 'common_agreement' | 'avenant_signed_by_all';
      /** @enum {string} */
      status: 'proposed' | 'refused' | 'in_force';
      text: string;
      title: string | null;
    };
    AnswerAmendmentDto: {
      /** @enum {string} */
      decision: 'approved' | 'refused';
      /** @example DCM n° 2026-041 */
      deliberationRef?: string | null;
      /**
       * @description date of the deliberation or signature; default today
       * @example 2026-05-10
       */
      on?: string;
      /** @example Tiznit */
      party: string;
    };
    ApdDeclarationDto: {
      /**
       * @description default: today
       * @example 2026-05-20
       */
      declaredOn?: string;
      note?: string;
    };
    AttendeeDto: {
      /** @example Abdellah Ghazi */
      name: string;
      /**
       * @description a party’s name in the convention document
       * @example Tiznit
       */
      party: string;
      /** @example Président du conseil communal */
      role?: string | null;
    };
    AttendeeViewDto: {
      name: string;
      party: string;
      role?: string | null;
    };
    AuditEntryViewDto: {
      /** @example deadline_record */
      action: string;
      /** @description the acting user’s e-mail */
      actor: string | null;
      /** @description the acting user’s name */
      actorName?: string | null;
      /** @description the entity after the write */
      after: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      at: string;
      /** @description the entity before the write */
      before: {
        [key: string]: unknown;
      } | null;
      /** Format: uuid */
      conventionId: string | null;
      /** @example convention */
      entity: string;
      entityId: string;
      /** Format: uuid */
      id: string;
    };
    BudgetLineDto: {
      /** @example 994690 */
      amount?: number | null;
      /** @example PAD */
      contributor?: string | null;
      /** @enum {string|null} */
      contributorKind?: 'party' | 'cofinancer' | null;
      /** @example MAD */
      currency?: string | null;
      /** @enum {string|null} */
      nature?: 'cash' | 'in_kind' | 'mixed' | null;
      /** @enum {string} */
      role: 'contribution' | 'total' | 'expense';
      yearFrom?: number | null;
      yearTo?: number | null;
    };
    CalendarItemDto: {
      /**
       * Format: uuid
       * @description null for an organization’s own deadline (apd_declaration)
       */
      conventionId: string | null;
      conventionTitle: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      /** @enum {string} */
      kind:
        | 'expiry'
        | 'renewal_notice'
        | 'tacit_renewal'
        | 'renewal_decision'
        | 'evaluation'
        | 'action_plan'
        | 'committee_meeting'
        | 'minutes_signature'
        | 'amendment_approval'
        | 'prefecture_review'
        | 'apd_declaration';
      /**
       * Format: uuid
       * @description apd_declaration: the organization that declares
       */
      organizationId?: string;
      reference: string;
      /** @description only with include=source */
      source?: components['schemas']['DeadlineSourceDto'] | null;
      /** @enum {string} */
      status: 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
      title: string;
      /** @description stable across recomputations */
      uid: string;
    };
    CirculateMinutesDto: {
      /**
       * @description default today
       * @example 2026-03-20
       */
      on?: string;
    };
    ClauseChangesDto: {
      actionPlan?: components['schemas']['ActionPlanChangeDto'] | null;
      amendment?: components['schemas']['AmendmentRuleChangeDto'] | null;
      committee?: components['schemas']['CommitteeChangeDto'] | null;
      evaluation?: components['schemas']['EvaluationChangeDto'] | null;
      renewal?: components['schemas']['RenewalChangeDto'] | null;
      term?: components['schemas']['TermChangeDto'] | null;
      termination?: components['schemas']['TerminationChangeDto'] | null;
    };
    ClausesDto: {
      actionPlan?: components['schemas']['ActionPlanClauseDto'] | null;
      amendment?: components['schemas']['AmendmentClauseDto'] | null;
      committee?: components['schemas']['CommitteeClauseDto'] | null;
      evaluation?: components['schemas']['EvaluationClauseDto'] | null;
      renewal?: components['schemas']['RenewalClauseDto'] | null;
      term?: components['schemas']['TermClauseDto'] | null;
      termination?: components['schemas']['TerminationClauseDto'] | null;
    };
    ClausesInForceViewDto: {
      clauses: components['schemas']['ClausesDto'];
      /**
       * Format: date
       * @example 2026-03-12
       */
      on: string;
      versions: components['schemas']['ClausesVersionDto'][];
    };
    ClauseSourceDto: {
      /** @example 7 */
      article: string;
      /** @description verbatim sentence from the text */
      quote: string;
    };
    ClausesVersionDto: {
      amendmentIds: string[];
      changes: components['schemas']['ClauseChangesDto'][];
      /**
       * Format: date
       * @description null: the signed clauses
       * @example 2026-03-12
       */
      from: string | null;
    };
    CoFinancingDto: {
      /** @example 5000 */
      amount?: number | null;
      /** @example EUR */
      currency?: string | null;
      /** @example Ministère de l’Europe et des Affaires étrangères (DAECT) */
      source: string;
    };
    CoFinancingViewDto: {
      amount?: number | null;
      currency?: string | null;
      /** @example DAECT */
      source: string;
    };
    CommitteeChangeDto: {
      alternatingHost?: boolean;
      /** @enum {string} */
      decisionRule?: 'unanimity' | 'consensus' | 'majority';
      /** @enum {number} */
      minMeetingsPerYear?: 1 | 2 | 3 | 4 | 6 | 12;
      minutesSignatories?: string[];
      /** @example Comité de pilotage */
      name?: string | null;
      source?: components['schemas']['ClauseSourceDto'];
    };
    CommitteeClauseDto: {
      alternatingHost?: boolean;
      /** @enum {string} */
      decisionRule?: 'unanimity' | 'consensus' | 'majority';
      /** @enum {number} */
      minMeetingsPerYear?: 1 | 2 | 3 | 4 | 6 | 12;
      minutesSignatories?: string[];
      /** @example Comité de pilotage */
      name?: string | null;
      source?: components['schemas']['ClauseSourceDto'];
    };
    ComplianceAlertDto: {
      /** Format: uuid */
      conventionId: string | null;
      conventionTitle: string;
      /** @description in the caller’s language */
      detail: string;
      reference: string;
      /** @enum {string} */
      rule:
        | 'deliberation_before_signature'
        | 'ma_deliberation'
        | 'signatures_recorded'
        | 'prefecture_transmission'
        | 'prefecture_review'
        | 'ma_visa'
        | 'no_foreign_state'
        | 'object_stated'
        | 'financial_commitment_stated'
        | 'action_plan_current_year'
        | 'committee_meeting_current_year'
        | 'minutes_signed'
        | 'evaluation_current_year';
    };
    ComplianceAlertSectionDto: {
      items: components['schemas']['ComplianceAlertDto'][];
      total: number;
    };
    ComplianceAlertsViewDto: {
      alerts: components['schemas']['ComplianceAlertSectionDto'];
      /**
       * Format: date
       * @example 2026-12-31
       */
      today: string;
    };
    ComplianceViewDto: {
      /** @description in the caller’s language */
      detail: string;
      messageKey: string;
      ok: boolean;
      params: {
        [key: string]: string | number;
      };
      /** @enum {string} */
      rule:
        | 'deliberation_before_signature'
        | 'ma_deliberation'
        | 'signatures_recorded'
        | 'prefecture_transmission'
        | 'prefecture_review'
        | 'ma_visa'
        | 'no_foreign_state'
        | 'object_stated'
        | 'financial_commitment_stated'
        | 'action_plan_current_year'
        | 'committee_meeting_current_year'
        | 'minutes_signed'
        | 'evaluation_current_year';
    };
    ContactDto: {
      address?: string | null;
      /** @example 2008-07 */
      asOf?: string | null;
      email?: string | null;
      name?: string | null;
      /** @example Oujda */
      party: string;
      phone?: string | null;
      /** @enum {string} */
      role: 'elected' | 'agent' | 'office';
      title?: string | null;
    };
    ConventionHitDto: {
      /** Format: uuid */
      id: string;
      reference: string;
      title: string;
    };
    ConventionIndexEntryDto: {
      /** @description its parties’ countries, sorted, each once */
      countries: string[];
      /** Format: uuid */
      id: string;
      reference: string;
      title: string;
    };
    ConventionPageDto: {
      items: components['schemas']['ConventionViewDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    ConventionViewDto: {
      clauses: components['schemas']['ClausesDto'];
      /** Format: date-time */
      createdAt: string;
      /** @example 2023-01-03 */
      effectiveOn?: string | null;
      executory: components['schemas']['ExecutorySideDto'][];
      financialCommitments?: components['schemas']['FinancialCommitmentDto'][];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      instrument:
        | 'convention_cadre'
        | 'convention_partenariat'
        | 'accord_cooperation'
        | 'protocole'
        | 'jumelage'
        | 'charte'
        | 'pacte_amitie'
        | 'other';
      keyDates: components['schemas']['KeyDatesDto'];
      /** @example fr */
      language?: string;
      /** @description in the list only */
      nextDeadline?: components['schemas']['NextDeadlineDto'] | null;
      /** @description what the convention is for */
      object?: string | null;
      parties: components['schemas']['PartyDto'][];
      /** @example VLG-TIZNIT-2023 */
      reference: string;
      /**
       * @description derived from the dates
       * @enum {string}
       */
      status: 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
      /** @description what the status line adds: signatures missing, a side not yet executory */
      statusNotes: (
        components['schemas']['SignaturesMissingNoteDto'] | components['schemas']['NotExecutoryNoteDto']
      )[];
      /** @description recorded termination: the last day in force */
      terminatedOn?: string | null;
      /** @example Europe/Paris */
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      warnings: components['schemas']['ConventionWarningDto'][];
    };
    ConventionWarningDto: {
      /** @enum {string} */
      code: 'mixed_scripts';
      /** @example parties[1].name */
      field: string;
    };
    CreateConventionDto: {
      clauses: components['schemas']['ClausesDto'];
      /** @example 2023-01-03 */
      effectiveOn?: string | null;
      financialCommitments?: components['schemas']['FinancialCommitmentDto'][];
      /** @enum {string} */
      instrument:
        | 'convention_cadre'
        | 'convention_partenariat'
        | 'accord_cooperation'
        | 'protocole'
        | 'jumelage'
        | 'charte'
        | 'pacte_amitie'
        | 'other';
      /** @example fr */
      language?: string;
      /** @description what the convention is for */
      object?: string | null;
      parties: components['schemas']['PartyDto'][];
      /** @example VLG-TIZNIT-2023 */
      reference: string;
      /** @description recorded termination: the last day in force */
      terminatedOn?: string | null;
      /**
       * @description the zone its dates are read in; TZ_DEFAULT if absent
       * @example Europe/Paris
       */
      timeZone?: string;
      title: string;
    };
    CreateFirstAdminDto: {
      /** @example relations.internationales@ville.fr */
      email: string;
      /**
       * @default fr
       * @enum {string}
       */
      language: 'fr' | 'en' | 'ar';
      /** @example Claire Martin */
      name: string;
      password: string;
      /** @description the token of the setup link printed at start */
      token: string;
    };
    CreateOrganizationDto: {
      /** @example FR */
      country: string;
      /** @example Ville d’Antony */
      name: string;
      /** @example Europe/Paris */
      timezone: string;
    };
    CreateUserDto: {
      email: string;
      /**
       * @default fr
       * @enum {string}
       */
      language: 'fr' | 'en' | 'ar';
      name: string;
      /** Format: uuid */
      organizationId?: string | null;
      /** @description omitted: the user receives an invitation link by e-mail */
      password?: string;
      /** @enum {string} */
      role: 'admin' | 'officer' | 'viewer';
    };
    DashboardDeadlineDto: {
      /**
       * Format: uuid
       * @description null: apd_declaration
       */
      conventionId: string | null;
      conventionTitle: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      /** @enum {string} */
      kind:
        | 'expiry'
        | 'renewal_notice'
        | 'tacit_renewal'
        | 'renewal_decision'
        | 'evaluation'
        | 'action_plan'
        | 'committee_meeting'
        | 'minutes_signature'
        | 'amendment_approval'
        | 'prefecture_review'
        | 'apd_declaration';
      /** Format: uuid */
      organizationId?: string;
      reference: string;
      source?: components['schemas']['DeadlineSourceDto'] | null;
      /** @enum {string} */
      status: 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
      /**
       * Format: date
       * @description expiry followed the next day by a tacit renewal
       * @example 2026-12-31
       */
      tacitRenewalOn?: string;
      title: string;
    };
    DashboardDeadlineSectionDto: {
      items: components['schemas']['DashboardDeadlineDto'][];
      /** @description how many in all; items holds at most the first `limit` */
      total: number;
    };
    DashboardViewDto: {
      endingWithin12Months: components['schemas']['DashboardDeadlineSectionDto'];
      next90Days: components['schemas']['DashboardDeadlineSectionDto'];
      overdue: components['schemas']['DashboardDeadlineSectionDto'];
      thisWeek: components['schemas']['DashboardDeadlineSectionDto'];
      /**
       * Format: date
       * @example 2026-12-31
       */
      today: string;
    };
    DeadlineAboutDto: {
      /** Format: uuid */
      amendmentId?: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      heldOn?: string;
      /** Format: uuid */
      meetingId?: string;
      /** Format: uuid */
      minutesId?: string | null;
      /** @description signatories or parties still to sign or answer */
      missing?: string[];
      version?: number;
    };
    DeadlineOwnersViewDto: {
      /** @description owns every deadline nobody was named for */
      lead: components['schemas']['OfficerRefDto'] | null;
      /** @description who may be chosen */
      officers: components['schemas']['OfficerRefDto'][];
      /** Format: uuid */
      organizationId: string;
      /** @description deadlines named to someone other than the lead */
      owners: components['schemas']['NamedOwnerDto'][];
    };
    DeadlineOwnerViewDto: {
      /** @description the owner comes from the convention’s lead officer */
      byDefault: boolean;
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      /** @enum {string} */
      kind:
        | 'expiry'
        | 'renewal_notice'
        | 'tacit_renewal'
        | 'renewal_decision'
        | 'evaluation'
        | 'action_plan'
        | 'committee_meeting'
        | 'minutes_signature'
        | 'amendment_approval'
        | 'prefecture_review'
        | 'apd_declaration';
      /** @description the one named, else the lead officer */
      owner: components['schemas']['OfficerRefDto'] | null;
    };
    DeadlineRecordDto: {
      /** Format: uuid */
      conventionId: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      doneOn: string | null;
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      evidenceUrl: string | null;
      /** @enum {string} */
      kind:
        | 'expiry'
        | 'renewal_notice'
        | 'tacit_renewal'
        | 'renewal_decision'
        | 'evaluation'
        | 'action_plan'
        | 'committee_meeting'
        | 'minutes_signature'
        | 'amendment_approval'
        | 'prefecture_review'
        | 'apd_declaration';
      note: string | null;
      reason: string | null;
      /** Format: date-time */
      recordedAt: string;
      /** @description the user’s name */
      recordedBy: string | null;
      /** @enum {string} */
      state: 'done' | 'waived';
    };
    DeadlineRecordViewDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      doneOn: string | null;
      evidenceUrl: string | null;
      note: string | null;
      reason: string | null;
      /** Format: date-time */
      recordedAt: string;
      /** @description the user’s name */
      recordedBy: string | null;
      /** @enum {string} */
      state: 'done' | 'waived';
    };
    DeadlineSourceDto: {
      /** @example 7 */
      article: string;
      /** @description verbatim sentence from the text */
      quote: string;
    };
    DeadlineViewDto: {
      about?: components['schemas']['DeadlineAboutDto'];
      /** @enum {string|null} */
      clause:
        'term' | 'renewal' | 'termination' | 'actionPlan' | 'evaluation' | 'committee' | 'amendment' | null;
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      /** @enum {string} */
      kind:
        | 'expiry'
        | 'renewal_notice'
        | 'tacit_renewal'
        | 'renewal_decision'
        | 'evaluation'
        | 'action_plan'
        | 'committee_meeting'
        | 'minutes_signature'
        | 'amendment_approval'
        | 'prefecture_review'
        | 'apd_declaration';
      period?: components['schemas']['PeriodDto'];
      planYear?: number;
      record: components['schemas']['DeadlineRecordViewDto'] | null;
      source: components['schemas']['DeadlineSourceDto'] | null;
      /** @enum {string} */
      status: 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
      termIndex: number | null;
      /** @description in the caller’s language */
      title: string;
    };
    DecisionViewDto: {
      adopted: boolean;
      /** @description index in the agenda, from 0 */
      agendaItem: number | null;
      blockedBy: string[];
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      id: string;
      meetingId: string;
      /** @enum {string} */
      rule: 'unanimity' | 'consensus' | 'majority';
      subject: string;
      tally: components['schemas']['TallyDto'];
      votes: components['schemas']['PartyVoteDto'][];
    };
    DeliberationDto: {
      /** @example 2025-11-20 */
      on: string;
      /** @example Villeneuve-la-Garenne */
      party: string;
      /** @example DCM n° 2025-118 */
      ref?: string | null;
    };
    DeliberationViewDto: {
      /**
       * Format: date
       * @example 2026-03-12
       */
      on: string;
      party: string;
      ref?: string | null;
    };
    EvaluationChangeDto: {
      annual?: boolean;
      atTerm?: boolean;
      beforeRenewal?: boolean;
      /** @example 3 */
      leadMonths?: number | null;
      source?: components['schemas']['ClauseSourceDto'];
    };
    EvaluationClauseDto: {
      annual?: boolean;
      atTerm?: boolean;
      beforeRenewal?: boolean;
      /** @example 3 */
      leadMonths?: number | null;
      source?: components['schemas']['ClauseSourceDto'];
    };
    EvaluationWithAttachmentsDto: {
      attachments: components['schemas']['FileViewDto'][];
      /** Format: uuid */
      conventionId: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      findings: string;
      /** Format: uuid */
      id: string;
      indicators: components['schemas']['IndicatorViewDto'][];
      /** Format: uuid */
      meetingId: string | null;
      period: components['schemas']['PeriodDto'];
      /**
       * Format: date
       * @example 2026-03-12
       */
      presentedOn: string;
      /** @description due dates of the evaluation deadlines it satisfied */
      settles: string[];
    };
    ExchangeRateDto: {
      /** @example MAD */
      currency: string;
      /**
       * @description euros for one unit of currency
       * @example 0.0921
       */
      eurPerUnit: number;
      /** @example Bank Al-Maghrib, cours de référence du 2 janvier 2024 */
      source: string;
      /** @example 2024-01-02 */
      validFrom: string;
    };
    ExecutorySideDto: {
      /** @enum {string} */
      country: 'FR' | 'MA';
      executory: boolean;
      /**
       * Format: date
       * @example 2026-12-31
       */
      executoryOn: string | null;
      missing: components['schemas']['MissingStepDto'][];
    };
    FileViewDto: {
      contentType: string;
      conventionId: string;
      evaluationId: string | null;
      filename: string;
      id: string;
      kind: string;
      minutesId: string | null;
      sha256: string;
      size: number;
      title: string | null;
      /** Format: date-time */
      uploadedAt: string;
      uploadedBy: string | null;
      /** @description where to download it */
      url: string;
    };
    FinancialCommitmentDto: {
      /** @example 15000 */
      amount: number;
      /** @example EUR */
      currency: string;
      note?: string | null;
      /** @example Villeneuve-la-Garenne */
      party: string;
      /** @example 2024 */
      year?: number | null;
    };
    FollowChoiceDto: {
      /** Format: uuid */
      conventionId: string;
      following: boolean;
      reference: string;
      title: string;
    };
    FollowDto: {
      /** @description false mutes the convention’s reminders for the caller */
      following: boolean;
    };
    GovernanceWarningDto: {
      /** @enum {string} */
      code: 'host_not_alternating' | 'missed_meeting';
      /**
       * Format: date
       * @example 2026-03-12
       */
      dueOn?: string;
      /**
       * Format: date
       * @example 2026-03-12
       */
      heldOn?: string;
      meetingId?: string;
      /** @description in the caller’s language */
      message: string;
      period?: components['schemas']['PeriodDto'];
      /**
       * Format: date
       * @example 2026-03-12
       */
      previousHeldOn?: string;
      previousMeetingId?: string;
      /** @description host_not_alternating: who hosted twice in a row */
      repeated?: string;
    };
    HistoryEventDto: {
      date?: components['schemas']['ImpreciseDateDto'] | null;
      /** @enum {string} */
      kind: 'signed' | 'deliberated' | 'renewed' | 'amended' | 'suspended' | 'ended' | 'other';
      party?: string | null;
      /** @example Renouvellement pour 5 ans le 06/12/2004 */
      words: string;
    };
    ImportActionPlanPaymentsDto: {
      /** Format: uuid */
      actionPlanId: string;
      /**
       * @description euros for one unit, per currency other than EUR
       * @example {
       *       "MAD": 0.092
       *     }
       */
      exchangeRates?: {
        [key: string]: number;
      };
      /**
       * @description the day the lines were paid
       * @example 2024-06-30
       */
      paidOn: string;
    };
    ImpreciseDateDto: {
      /** @enum {string} */
      precision: 'day' | 'month' | 'season' | 'year';
      /**
       * @description YYYY-MM-DD, YYYY-MM, YYYY-spring|summer|autumn|winter or YYYY
       * @example 2007-autumn
       */
      value: string;
    };
    IndicatorDto: {
      /** @example Jeunes accueillis */
      name: string;
      /** @example 40 */
      target?: string | null;
      /** @example 36 */
      value?: string | null;
    };
    IndicatorViewDto: {
      name: string;
      target?: string | null;
      value?: string | null;
    };
    KeyDatesDto: {
      /**
       * Format: date
       * @description last day in force of the term under way today
       * @example 2026-12-31
       */
      currentTermEndsOn: string | null;
      /**
       * Format: date
       * @description final last day in force; null when open-ended or unknown
       * @example 2026-12-31
       */
      endsOn: string | null;
      nextRenewal: components['schemas']['NextRenewalDto'] | null;
      openEnded: boolean;
      /**
       * Format: date
       * @example 2026-12-31
       */
      startsOn: string | null;
    };
    LeadOfficerDto: {
      lead: components['schemas']['OfficerRefDto'] | null;
    };
    LoginDto: {
      /** @example agent@antony.fr */
      email: string;
      password: string;
    };
    LogMeetingDto: {
      agenda?: components['schemas']['AgendaItemDto'][];
      attendees?: components['schemas']['AttendeeDto'][];
      /** @example Villeneuve-la-Garenne */
      city: string;
      /**
       * @description who convened it
       * @example Maire de Villeneuve-la-Garenne
       */
      convenedBy?: string | null;
      /**
       * @description ISO 3166-1 alpha-2 of the place
       * @example FR
       */
      country: string;
      /** @example 2026-03-12 */
      heldOn: string;
      /**
       * @description the party hosting the meeting
       * @example Villeneuve-la-Garenne
       */
      hostParty: string;
    };
    MarkDeadlineDoneDto: {
      /**
       * @description when it was done; default today
       * @example 2026-11-20
       */
      doneOn?: string;
      /** @description link to the evidence (minutes, deliberation, mail…) */
      evidenceUrl?: string | null;
      note?: string | null;
    };
    MeetingDetailDto: {
      agenda: components['schemas']['AgendaItemViewDto'][];
      attendees: components['schemas']['AttendeeViewDto'][];
      city: string;
      convenedBy: string | null;
      conventionId: string;
      /** @description ISO 3166-1 alpha-2 */
      country: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      decisions: components['schemas']['DecisionViewDto'][];
      /**
       * Format: date
       * @example 2026-03-12
       */
      heldOn: string;
      hostParty: string;
      id: string;
      /** @description every version, latest last */
      minutes: components['schemas']['MinutesViewDto'][];
      warnings: components['schemas']['GovernanceWarningDto'][];
    };
    MeetingHitDto: {
      city: string;
      /** Format: uuid */
      conventionId: string;
      /**
       * Format: date
       * @example 2026-02-02
       */
      heldOn: string;
      hostParty: string;
      /** Format: uuid */
      id: string;
      reference: string;
    };
    MeetingListDto: {
      items: components['schemas']['MeetingViewDto'][];
      /** @description parts of years without a meeting, hosts not alternating */
      warnings: components['schemas']['GovernanceWarningDto'][];
    };
    MeetingViewDto: {
      agenda: components['schemas']['AgendaItemViewDto'][];
      attendees: components['schemas']['AttendeeViewDto'][];
      city: string;
      convenedBy: string | null;
      conventionId: string;
      /** @description ISO 3166-1 alpha-2 */
      country: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      /**
       * Format: date
       * @example 2026-03-12
       */
      heldOn: string;
      hostParty: string;
      id: string;
      warnings: components['schemas']['GovernanceWarningDto'][];
    };
    MinutesViewDto: {
      attachments: components['schemas']['FileViewDto'][];
      /**
       * Format: date
       * @example 2026-03-12
       */
      circulatedOn: string | null;
      conventionId: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      /**
       * Format: date
       * @example 2026-03-12
       */
      createdOn: string;
      /** @description the latest version */
      current: boolean;
      /**
       * Format: date
       * @example 2026-03-12
       */
      executoryOn: string | null;
      /** @description its safe HTML rendering */
      html: string;
      id: string;
      meetingId: string;
      missing: string[];
      signatories: string[];
      signatures: components['schemas']['SignatureDto'][];
      /** @enum {string} */
      status: 'draft' | 'awaiting_signatures' | 'executory';
      /** Format: date-time */
      supersededAt: string | null;
      /** @description sanitised Markdown */
      text: string;
      version: number;
    };
    MissingStepDto: {
      party: string;
      /** @enum {string} */
      step: 'signature' | 'prefecture_transmission' | 'visa';
    };
    MyDeadlineDto: {
      /** @description mine as the convention’s lead officer, not named */
      byDefault: boolean;
      /**
       * Format: uuid
       * @description null: apd_declaration
       */
      conventionId: string | null;
      conventionTitle: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      /** @enum {string} */
      kind:
        | 'expiry'
        | 'renewal_notice'
        | 'tacit_renewal'
        | 'renewal_decision'
        | 'evaluation'
        | 'action_plan'
        | 'committee_meeting'
        | 'minutes_signature'
        | 'amendment_approval'
        | 'prefecture_review'
        | 'apd_declaration';
      /** Format: uuid */
      organizationId?: string;
      reference: string;
      source?: components['schemas']['DeadlineSourceDto'] | null;
      /** @enum {string} */
      status: 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
      /**
       * Format: date
       * @description expiry followed the next day by a tacit renewal
       * @example 2026-12-31
       */
      tacitRenewalOn?: string;
      title: string;
    };
    MyDeadlinesDto: {
      items: components['schemas']['MyDeadlineDto'][];
      total: number;
    };
    NamedOwnerDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      /** @enum {string} */
      kind:
        | 'expiry'
        | 'renewal_notice'
        | 'tacit_renewal'
        | 'renewal_decision'
        | 'evaluation'
        | 'action_plan'
        | 'committee_meeting'
        | 'minutes_signature'
        | 'amendment_approval'
        | 'prefecture_review'
        | 'apd_declaration';
      name: string;
      /** Format: uuid */
      userId: string;
    };
    NextDeadlineDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      /** @enum {string} */
      kind:
        | 'expiry'
        | 'renewal_notice'
        | 'tacit_renewal'
        | 'renewal_decision'
        | 'evaluation'
        | 'action_plan'
        | 'committee_meeting'
        | 'minutes_signature'
        | 'amendment_approval'
        | 'prefecture_review'
        | 'apd_declaration';
    };
    NextRenewalDto: {
      /** @enum {string} */
      kind: 'tacit_renewal' | 'renewal_decision';
      /**
       * Format: date
       * @example 2026-12-31
       */
      on: string;
    };
    NoteDto: {
      text: string;
    };
    NotExecutoryNoteDto: {
      /** @enum {string} */
      code: 'not_executory';
      /** @enum {string} */
      country: 'FR' | 'MA';
    };
    OfficerRefDto: {
      name: string;
      /** Format: uuid */
      userId: string;
    };
    OrganizationProfileDto: {
      /** @example FR */
      country: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** @example Europe/Paris */
      timezone: string;
    };
    OwnerDto: {
      /**
       * Format: uuid
       * @description an active officer of your organization; null clears
       */
      userId: string | null;
    };
    PartyDto: {
      /**
       * @description ISO 3166-1 alpha-2
       * @example FR
       */
      country: string;
      /**
       * @description council deliberation
       * @example 2022-12-15
       */
      deliberationOn?: string | null;
      /** @enum {string|null} */
      level?:
        | 'commune'
        | 'intercommunalite'
        | 'departement'
        | 'region'
        | 'province'
        | 'prefecture'
        | 'state'
        | 'other'
        | null;
      /** @example Villeneuve-la-Garenne */
      name: string;
      /** Format: uuid */
      organizationId?: string | null;
      /**
       * @description @ctes acknowledgment number of the transmission
       * @example 092-219200072-20230103-DEL2022-12-15-DE
       */
      prefectureReceiptNumber?: string | null;
      /**
       * @description prefecture acknowledgment
       * @example 2023-01-03
       */
      prefectureTransmissionOn?: string | null;
      /** @example Pascal Pelain */
      representative?: string | null;
      /** @example Maire */
      representativeTitle?: string | null;
      signedOn?: string | null;
      /**
       * @description who gave (or gives) the visa
       * @enum {string|null}
       */
      visaAuthority?: 'governor' | 'interior_ministry' | 'other' | null;
      /**
       * @description Moroccan party: the supervisory authority's visa
       * @example 2023-02-20
       */
      visaOn?: string | null;
    };
    PartyHitDto: {
      /** Format: uuid */
      conventionId: string;
      /** @example MA */
      country: string;
      name: string;
      reference: string;
    };
    PartyVoteDto: {
      party: string;
      /** @enum {string} */
      vote: 'for' | 'against' | 'abstain' | 'absent';
    };
    PasswordResetRequestDto: {
      email: string;
    };
    PaymentDto: {
      /** @example 15000 */
      amount: number;
      /**
       * @description beneficiary country; default: the partners’ only foreign country
       * @example MA
       */
      country?: string | null;
      /** @example EUR */
      currency: string;
      /**
       * @description euros for one unit of currency on the day paid; required for any currency but EUR
       * @example 0.092
       */
      exchangeRate?: number | null;
      /** @enum {string} */
      kind: 'cash' | 'in_kind';
      /** @example 2024-03-15 */
      paidOn: string;
      /**
       * @description the paying party's name
       * @example Villeneuve-la-Garenne
       */
      party: string;
      /** @example Chantier jeunes 2024 */
      purpose?: string | null;
    };
    PeriodDto: {
      /**
       * Format: date
       * @example 2026-03-12
       */
      from: string;
      /**
       * Format: date
       * @example 2026-03-12
       */
      to: string;
    };
    PresentEvaluationDto: {
      /** @description Markdown; raw HTML is removed */
      findings: string;
      indicators?: components['schemas']['IndicatorDto'][];
      period: components['schemas']['PeriodDto'];
    };
    PreviewDeadlinesDto: {
      /** @description a convention document as it would be created */
      document: components['schemas']['CreateConventionDto'];
      /**
       * @description default: the term start, else a year before today
       * @example 2024-01-01
       */
      from?: string;
      /** @enum {string} */
      lang?: 'fr' | 'en' | 'ar';
      /**
       * @description default: six years after from
       * @example 2030-12-31
       */
      to?: string;
    };
    ProjectDto: {
      beneficiaries?: string | null;
      budgetLines?: components['schemas']['BudgetLineDto'][];
      domains?: string[];
      endsOn?: components['schemas']['ImpreciseDateDto'] | null;
      objectives?: string | null;
      period?: string | null;
      projectOwner?: string | null;
      startsOn?: components['schemas']['ImpreciseDateDto'] | null;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'done';
      /** @example Plan de déplacements urbains */
      title: string;
    };
    ProposeAmendmentDto: {
      /**
       * @example {
       *       "committee": {
       *         "minMeetingsPerYear": 2
       *       }
       *     }
       */
      changes: components['schemas']['ClauseChangesDto'];
      /**
       * @description default today
       * @example 2026-04-01
       */
      proposedOn?: string;
      /** @description the avenant’s text (Markdown; raw HTML removed) */
      text: string;
      /** @example Avenant n° 1 : comité semestriel */
      title?: string | null;
    };
    RecordDecisionDto: {
      /** @description index of the agenda item it answers, from 0 */
      agendaItem?: number | null;
      /** @example Validation du programme d’actions 2027 */
      subject: string;
      /** @description parties not listed are counted absent */
      votes: components['schemas']['VoteDto'][];
    };
    RecordRenewalDecisionDto: {
      /**
       * @description the decision’s date; for a notice, the day it was received
       * @example 2025-11-20
       */
      decidedOn: string;
      deliberations?: components['schemas']['DeliberationDto'][];
      /** @enum {string} */
      kind: 'express_renewal' | 'non_renewal' | 'termination_notice';
      /**
       * @description termination_notice: a later last day in force than the notice gives
       * @example 2026-12-31
       */
      lastDayInForce?: string | null;
      /**
       * @description express_renewal: the new term (default: renewal period, else first term)
       * @example 36
       */
      newTermMonths?: number | null;
      note?: string | null;
      /**
       * @description termination_notice: the party that sent it
       * @example Tiznit
       */
      party?: string | null;
    };
    RedeemLinkDto: {
      password: string;
      /** @description the token of the e-mailed link */
      token: string;
    };
    ReminderPolicyDto: {
      /**
       * @description days before the due date, per deadline kind; kinds not given keep their defaults
       * @example {
       *       "action_plan": [
       *         90,
       *         30,
       *         7
       *       ],
       *       "committee_meeting": [
       *         60,
       *         14
       *       ]
       *     }
       */
      leadDays: Record<string, never>;
    };
    RenewalChangeDto: {
      /** @description null: unlimited */
      maxRenewals?: number | null;
      /** @enum {string} */
      mode?: 'tacit' | 'express' | 'after_evaluation' | 'none';
      noticeDays?: number | null;
      noticeMonths?: number | null;
      periodMonths?: number | null;
      source?: components['schemas']['ClauseSourceDto'];
    };
    RenewalClauseDto: {
      /** @description null: unlimited */
      maxRenewals?: number | null;
      /** @enum {string} */
      mode: 'tacit' | 'express' | 'after_evaluation' | 'none';
      noticeDays?: number | null;
      noticeMonths?: number | null;
      periodMonths?: number | null;
      source?: components['schemas']['ClauseSourceDto'];
    };
    RenewalDecisionViewDto: {
      /** Format: uuid */
      conventionId: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      /**
       * Format: date
       * @example 2026-03-12
       */
      decidedOn: string;
      deliberations: components['schemas']['DeliberationViewDto'][];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'express_renewal' | 'non_renewal' | 'termination_notice';
      /**
       * Format: date
       * @example 2026-03-12
       */
      lastDayInForceAfter: string | null;
      /**
       * Format: date
       * @example 2026-03-12
       */
      lastDayInForceBefore: string | null;
      newTermMonths: number | null;
      note: string | null;
      /** @description the party that sent a notice of termination */
      party: string | null;
    };
    SearchResultsDto: {
      conventions: components['schemas']['ConventionHitDto'][];
      meetings: components['schemas']['MeetingHitDto'][];
      parties: components['schemas']['PartyHitDto'][];
    };
    SetupLinkStatusDto: {
      /** @description an admin exists: sign in instead */
      adminExists: boolean;
      /** @description the link may create the first admin now */
      usable: boolean;
    };
    SignatureDto: {
      recordedBy: string | null;
      signatory: string;
      /**
       * Format: date
       * @example 2026-03-12
       */
      signedOn: string;
    };
    SignaturesMissingNoteDto: {
      /** @enum {string} */
      code: 'signatures_missing';
      parties: string[];
    };
    SignMinutesDto: {
      /**
       * @description default today
       * @example 2026-03-25
       */
      on?: string;
      /**
       * @description one of the committee clause’s minutesSignatories
       * @example Président de Tiznit
       */
      signatory: string;
    };
    TallyDto: {
      absent: number;
      abstain: number;
      against: number;
      for: number;
    };
    TermChangeDto: {
      /** @example 36 */
      durationMonths?: number | null;
      indefinite?: boolean;
      source?: components['schemas']['ClauseSourceDto'];
      /** @enum {string} */
      start?: 'effective_date' | 'last_signature' | 'fixed_date' | 'after_approvals';
      /** @example 2024-02-02 */
      startDate?: string | null;
    };
    TermClauseDto: {
      /** @example 36 */
      durationMonths?: number | null;
      indefinite?: boolean;
      source?: components['schemas']['ClauseSourceDto'];
      /** @enum {string} */
      start: 'effective_date' | 'last_signature' | 'fixed_date' | 'after_approvals';
      /** @example 2024-02-02 */
      startDate?: string | null;
    };
    TerminationChangeDto: {
      anyTime?: boolean;
      noticeDays?: number | null;
      noticeMonths?: number | null;
      source?: components['schemas']['ClauseSourceDto'];
    };
    TerminationClauseDto: {
      anyTime?: boolean;
      noticeDays?: number | null;
      noticeMonths?: number | null;
      source?: components['schemas']['ClauseSourceDto'];
    };
    UpdateConventionDto: {
      clauses?: components['schemas']['ClausesDto'];
      /** @example 2023-01-03 */
      effectiveOn?: string | null;
      financialCommitments?: components['schemas']['FinancialCommitmentDto'][];
      /** @enum {string} */
      instrument?:
        | 'convention_cadre'
        | 'convention_partenariat'
        | 'accord_cooperation'
        | 'protocole'
        | 'jumelage'
        | 'charte'
        | 'pacte_amitie'
        | 'other';
      /** @example fr */
      language?: string;
      /** @description what the convention is for */
      object?: string | null;
      parties?: components['schemas']['PartyDto'][];
      /** @example VLG-TIZNIT-2023 */
      reference?: string;
      /** @description recorded termination: the last day in force */
      terminatedOn?: string | null;
      /**
       * @description the zone its dates are read in; TZ_DEFAULT if absent
       * @example Europe/Paris
       */
      timeZone?: string;
      title?: string;
    };
    UpdateMeDto: {
      /** @enum {string} */
      language?: 'fr' | 'en' | 'ar';
      name?: string;
      /**
       * @description reminders one by one, or a weekly digest on Monday 08:00
       * @enum {string}
       */
      reminderMode?: 'immediate' | 'digest';
    };
    UpdateMeetingDto: {
      agenda?: components['schemas']['AgendaItemDto'][];
      attendees?: components['schemas']['AttendeeDto'][];
      /** @example Villeneuve-la-Garenne */
      city?: string;
      /**
       * @description who convened it
       * @example Maire de Villeneuve-la-Garenne
       */
      convenedBy?: string | null;
      /**
       * @description ISO 3166-1 alpha-2 of the place
       * @example FR
       */
      country?: string;
      /** @example 2026-03-12 */
      heldOn?: string;
      /**
       * @description the party hosting the meeting
       * @example Villeneuve-la-Garenne
       */
      hostParty?: string;
    };
    UserViewDto: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      email: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'fr' | 'en' | 'ar';
      name: string;
      /** Format: uuid */
      organizationId: string | null;
      /** @enum {string} */
      reminderMode: 'immediate' | 'digest';
      /** @enum {string} */
      role: 'admin' | 'officer' | 'viewer';
    };
    ValidateActionPlanDto: {
      items: components['schemas']['ActionPlanItemDto'][];
      /**
       * @description the year the plan is for (planYear of its deadline)
       * @example 2027
       */
      year: number;
    };
    VoteDto: {
      /** @example Tiznit */
      party: string;
      /** @enum {string} */
      vote: 'for' | 'against' | 'abstain' | 'absent';
    };
    WaiveDeadlineDto: {
      /** @example Comité reporté d’un commun accord */
      reason: string;
    };
    WriteMinutesDto: {
      /** @description circulate for signature at once (default: keep as a draft) */
      circulate?: boolean;
      /**
       * @description Markdown; raw HTML is removed
       * @example # Procès-verbal
       *
       *     Le comité valide le programme 2027.
       */
      text: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ActionPlansController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionPlanItemsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminController_audit: {
    parameters: {
      query?: {
        actor?: string;
        /** @description entries older than this id (paging) */
        before?: string;
        entity?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminController_organizations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminController_addOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganizationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RemindersController_organizationPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReminderPolicyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RemindersController_delivery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RemindersController_run: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminController_users: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdminController_addUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AmendmentsController_amendment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendmentViewDto'];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such amendment, or of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AmendmentsController_approval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerAmendmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendmentViewDto'];
        };
      };
      /** @description an unknown party names the field party */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such amendment, or of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the party already answered otherwise, or the amendment was refused */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RedeemLinkDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_askReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetRequestDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_confirmReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RedeemLinkDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlinesController_calendar: {
    parameters: {
      query?: {
        /** @description the cursor of the next page, from the previous page's Link header */
        after?: string;
        /** @description only this convention */
        conventionId?: string;
        /** @description only conventions with a party in this country (ISO 3166 alpha-2) */
        country?: string;
        /** @description default: a year before today */
        from?: string;
        /** @description source: each item's clause article and quote (left out by default: a long list reads faster without) */
        include?: 'source';
        /** @description only this kind of deadline */
        kind?:
          | 'expiry'
          | 'renewal_notice'
          | 'tacit_renewal'
          | 'renewal_decision'
          | 'evaluation'
          | 'action_plan'
          | 'committee_meeting'
          | 'minutes_signature'
          | 'amendment_approval'
          | 'prefecture_review'
          | 'apd_declaration';
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description a page of at most this many lines, in the order of date, reference and kind; the next page is in the `Link: <…>; rel="next"` header (docs/api.md) */
        limit?: number;
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarItemDto'][];
        };
      };
    };
  };
  CalendarFeedController_feed: {
    parameters: {
      query: {
        /** @description from POST /api/me/calendar-token */
        token: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DashboardController_conventionIndex: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConventionIndexEntryDto'][];
        };
      };
    };
  };
  ConventionsController_list: {
    parameters: {
      query?: {
        /** @description a party in this country (ISO 3166-1 alpha-2) */
        country?: string;
        page?: number;
        pageSize?: number;
        /** @description text in the reference, title, object or a party name */
        q?: string;
        /** @description column to sort by; a leading - sorts descending (default reference) */
        sort?:
          | 'reference'
          | '-reference'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'startsOn'
          | '-startsOn'
          | 'endsOn'
          | '-endsOn'
          | 'nextDeadline'
          | '-nextDeadline';
        status?: 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConventionPageDto'];
        };
      };
    };
  };
  ConventionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateConventionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConventionViewDto'];
        };
      };
      /** @description invalid document; the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the reference is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConventionViewDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateConventionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConventionViewDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_actionPlans: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionPlanViewDto'][];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_amendments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendmentViewDto'][];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposeAmendmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmendmentViewDto'];
        };
      };
      /** @description invalid changes; the message names the field (changes.…) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_clauses: {
    parameters: {
      query?: {
        /** @description default today */
        on?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClausesInForceViewDto'];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlinesController_compliance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceViewDto'][];
        };
      };
    };
  };
  PortfolioController_addContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlinesController_deadlines: {
    parameters: {
      query?: {
        /** @description default: a year before today */
        from?: string;
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineViewDto'][];
        };
      };
    };
  };
  DeadlinesController_markDone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dueOn: string;
        id: string;
        kind: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkDeadlineDoneDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineRecordDto'];
        };
      };
    };
  };
  DeadlineOwnersController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dueOn: string;
        id: string;
        kind: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OwnerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineOwnerViewDto'];
        };
      };
      /** @description userId is not an active officer of your organization */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or no such deadline (field dueOn) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlinesController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dueOn: string;
        id: string;
        kind: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlinesController_waive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dueOn: string;
        id: string;
        kind: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WaiveDeadlineDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineRecordDto'];
        };
      };
    };
  };
  ConventionGovernanceController_documents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileViewDto'][];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_uploadDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description a PDF, 10 MiB at most
           */
          file: string;
          /** @enum {string} */
          kind: 'signed_text' | 'deliberation' | 'prefecture_acknowledgment' | 'governor_visa' | 'other';
          title?: string;
        };
      };
    };
    responses: {
      /** @description not a PDF (content type and %PDF magic bytes checked), or no file */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description over 10 MiB: nothing is stored */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_evaluations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationWithAttachmentsDto'][];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RemindersController_setFollowing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionNotesController_changes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryViewDto'][];
        };
      };
    };
  };
  PortfolioController_addEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HistoryEventDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlineOwnersController_lead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OwnerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadOfficerDto'];
        };
      };
      /** @description userId is not an active officer of your organization */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_meetings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingListDto'];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_logCommitteeMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogMeetingDto'];
      };
    };
    responses: {
      /** @description invalid input; an unknown hostParty or attendee party is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description another meeting is already logged that day */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionNotesController_note: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionNotesController_saveNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoteDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlineOwnersController_owners: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineOwnersViewDto'];
        };
      };
      /** @description the caller’s organization is not a party (field organizationId) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PaymentsController_items: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PaymentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PaymentsController_fromPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportActionPlanPaymentsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PortfolioController_portfolio: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PortfolioController_addProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RemindersController_conventionPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReminderPolicyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_renewalDecisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RenewalDecisionViewDto'][];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_renewalDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRenewalDecisionDto'];
      };
    };
    responses: {
      /** @description invalid input; the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no more renewals allowed, or the convention already ends earlier */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PreviewDeadlinesController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreviewDeadlinesDto'];
      };
    };
    responses: {
      /** @description { from, to, startsOn, endsOn, deadlines: [{kind, dueOn, status, title, clause, source}] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description invalid document or window; the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DashboardController_deadlines: {
    parameters: {
      query?: {
        lang?: 'fr' | 'en' | 'ar';
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardViewDto'];
        };
      };
    };
  };
  DashboardController_compliance: {
    parameters: {
      query?: {
        lang?: 'fr' | 'en' | 'ar';
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceAlertsViewDto'];
        };
      };
    };
  };
  EvaluationsController_attach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description a PDF, 10 MiB at most
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description not a PDF (content type and %PDF magic bytes checked), or no file */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description over 10 MiB: nothing is stored */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExchangeRatesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExchangeRatesController_put: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExchangeRateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_conventionsCsv: {
    parameters: {
      query?: {
        /** @description a party in this country (ISO 3166-1 alpha-2) */
        country?: string;
        /** @description language (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en';
        page?: number;
        pageSize?: number;
        /** @description text in the reference, title, object or a party name */
        q?: string;
        /** @description column to sort by; a leading - sorts descending (default reference) */
        sort?:
          | 'reference'
          | '-reference'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'startsOn'
          | '-startsOn'
          | 'endsOn'
          | '-endsOn'
          | 'nextDeadline'
          | '-nextDeadline';
        status?: 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_conventionsXlsx: {
    parameters: {
      query?: {
        /** @description a party in this country (ISO 3166-1 alpha-2) */
        country?: string;
        /** @description language (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en';
        page?: number;
        pageSize?: number;
        /** @description text in the reference, title, object or a party name */
        q?: string;
        /** @description column to sort by; a leading - sorts descending (default reference) */
        sort?:
          | 'reference'
          | '-reference'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'startsOn'
          | '-startsOn'
          | 'endsOn'
          | '-endsOn'
          | 'nextDeadline'
          | '-nextDeadline';
        status?: 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_conventionDeadlinesCsv: {
    parameters: {
      query?: {
        /** @description default: a year before today */
        from?: string;
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_conventionDeadlinesXlsx: {
    parameters: {
      query?: {
        /** @description default: a year before today */
        from?: string;
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_summary: {
    parameters: {
      query?: {
        /** @description default: a year before today */
        from?: string;
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_deadlinesCsv: {
    parameters: {
      query?: {
        /** @description default: a year before today */
        from?: string;
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_deadlinesXlsx: {
    parameters: {
      query?: {
        /** @description default: a year before today */
        from?: string;
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExtractController_extract: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @enum {unknown} */
              language?: 'fr' | 'en';
              text: string;
            }
          | {
              /**
               * Format: binary
               * @description PDF (text layer or scanned), DOCX or TXT; 20 MiB at most
               */
              file: string;
              /** @enum {unknown} */
              language?: 'fr' | 'en';
            };
        'multipart/form-data':
          | {
              /** @enum {unknown} */
              language?: 'fr' | 'en';
              text: string;
            }
          | {
              /**
               * Format: binary
               * @description PDF (text layer or scanned), DOCX or TXT; 20 MiB at most
               */
              file: string;
              /** @enum {unknown} */
              language?: 'fr' | 'en';
            };
      };
    };
    responses: {
      /** @description {document, findings, text, warnings} */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a scanned PDF: {jobId}; poll GET /api/extract/:jobId */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no text or file, an empty text, a spreadsheet or another kind of file */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a file over 20 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description an encrypted or damaged PDF, too many scanned pages, no text */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExtractController_job: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description {status: "running", progress: {page, pages}} or the 200 answer of POST /api/extract */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such job, or another user’s */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FilesController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_conventions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description no file, unreadable, a required column missing, or (dryRun=false) a row with problems: nothing written */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_columns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_templateCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_templateXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportsController_repertoire: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description no file, or not the 2008 directory (names `file`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description admins only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  MeController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
    };
  };
  MeController_newCalendarToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeController_dropCalendarToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlineOwnersController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyDeadlinesDto'];
        };
      };
    };
  };
  DashboardController_following: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowChoiceDto'][];
        };
      };
    };
  };
  DeadlineOwnersController_organization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationProfileDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeetingsController_meeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such meeting, or one of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeetingsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description deleted; its committee_meeting deadline is open again if no other meeting meets it */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such meeting, or one of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the minutes are executory (names minutes), or action plans or evaluations were presented at it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeetingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeetingDto'];
      };
    };
    responses: {
      /** @description the meeting as GET answers it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetailDto'];
        };
      };
      /** @description invalid input; an unknown party, an agenda shorter than a decision needs, a date after a signature */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such meeting, or one of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the minutes are executory (names minutes); another meeting that day, or action plans or evaluations dated by it (names heldOn) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeetingsController_actionPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ValidateActionPlanDto'];
      };
    };
    responses: {
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such meeting, or one of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description another plan is already validated for that year */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeetingsController_decision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDecisionDto'];
      };
    };
    responses: {
      /** @description an unknown or repeated party names the field votes[i].party */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such meeting, or one of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the same subject is already decided with other votes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeetingsController_evaluation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PresentEvaluationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such meeting, or one of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeetingsController_minutesHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such meeting, or one of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeetingsController_minutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WriteMinutesDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such meeting, or one of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MinutesController_minutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such minutes, or of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MinutesController_attach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description a PDF, 10 MiB at most
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description not a PDF (content type and %PDF magic bytes checked), or no file */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such minutes, or of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description over 10 MiB: nothing is stored */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MinutesController_circulate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CirculateMinutesDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such minutes, or of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MinutesController_signature: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignMinutesDto'];
      };
    };
    responses: {
      /** @description not one of the committee clause’s minutesSignatories (names signatory) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such minutes, or of a convention the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description already signed on another day, or a later version exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrganizationAidController_declaration: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrganizationAidController_apdCsv: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrganizationAidController_apdXlsx: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrganizationAidController_declared: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApdDeclarationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrganizationAidController_councilReport: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrganizationAidController_councilReportJson: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrganizationAidController_councilReportXlsx: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PartyLinksController_list: {
    parameters: {
      query?: {
        status?: 'pending' | 'accepted' | 'refused' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PartyLinksController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PartyLinksController_refuse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RemindersController_list: {
    parameters: {
      query?: {
        conventionId?: string;
        limit?: number;
        status?: 'pending' | 'sent' | 'failed' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RemindersController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SearchController_search: {
    parameters: {
      query: {
        /** @description words found in a convention, a party’s name or a meeting (city, host, agenda) */
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResultsDto'];
        };
      };
    };
  };
  SetupController_status: {
    parameters: {
      query: {
        /** @description the token of the setup link printed at start */
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupLinkStatusDto'];
        };
      };
    };
  };
  SetupController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFirstAdminDto'];
      };
    };
    responses: {
      /** @description the admin, who may now sign in with POST /api/auth/login */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is invalid, or the link is unknown, used or expired (`token`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description an admin already exists, or the address is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
}
