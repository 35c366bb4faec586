import { Controller, Get, Header, NotFoundException, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ClockPort,
  ConventionView,
  GetCalendarUseCase,
  GetComplianceUseCase,
  GetConventionUseCase,
  ListConventionDeadlinesUseCase,
  ListConventionsUseCase,
} from '@passerelle/application';
import { Actor, calendarDateIn, conventionToRow, TEMPLATE_COLUMNS } from '@passerelle/domain';
import { IMPORT_SHEET } from '../imports/read-spreadsheet';
import { Locale } from '@passerelle/i18n';
import { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/locale.decorator';
import { DeadlineWindowQuery } from '../deadlines/dto/deadline-window.query';
import { ExportConventionsQuery } from './export-conventions.query';
import { renderConventionSummary } from './convention-summary.html';
import { ExportTable, toCsv, toXlsx } from './export-table';
import { calendarTable, conventionDeadlinesTable, conventionsTable } from './export-tables';

const conventionId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundException('convention not found'),
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** ASCII file name for old clients, the real one (RFC 5987) for the others. */
function disposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Downloads for officers: deadlines and conventions as CSV or Excel, and a convention's printable
 * summary. Each reads through the same use cases as the JSON routes, so the scope is the same:
 * another organization's convention is a 404.
 */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly calendar: GetCalendarUseCase,
    private readonly listConventions: ListConventionsUseCase,
    private readonly getConvention: GetConventionUseCase,
    private readonly listDeadlines: ListConventionDeadlinesUseCase,
    private readonly compliance: GetComplianceUseCase,
    private readonly clock: ClockPort,
  ) {}

  private async send(
    response: Response,
    table: ExportTable,
    base: string,
    format: 'csv' | 'xlsx',
    locale: Locale,
    plainSheets: Array<{ name: string; rows: string[][] }> = [],
  ) {
    response.setHeader('Cache-Control', 'private, no-store');
    if (format === 'csv') {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', disposition(`${base}.csv`));
      response.send(toCsv(table, locale));
    } else {
      response.setHeader('Content-Type', XLSX);
      response.setHeader('Content-Disposition', disposition(`${base}.xlsx`));
      response.send(await toXlsx(table, locale, plainSheets));
    }
  }

  private async deadlines(query: DeadlineWindowQuery, locale: Locale, actor: Actor) {
    return calendarTable(
      await this.calendar.execute({ from: query.from, to: query.to, locale, actor }),
      locale,
    );
  }

  /** Every deadline of every convention the caller sees, in the window (default: a year back, three ahead). */
  @Get('deadlines.csv')
  @ApiProduces('text/csv')
  async deadlinesCsv(
    @Query() query: DeadlineWindowQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    await this.send(response, await this.deadlines(query, locale, actor), 'echeances', 'csv', locale);
  }

  @Get('deadlines.xlsx')
  @ApiProduces(XLSX)
  async deadlinesXlsx(
    @Query() query: DeadlineWindowQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    await this.send(response, await this.deadlines(query, locale, actor), 'echeances', 'xlsx', locale);
  }

  private async conventions(query: ExportConventionsQuery, locale: Locale, actor: Actor) {
    return conventionsTable(await this.conventionViews(query, actor), locale);
  }

  private async conventionViews(query: ExportConventionsQuery, actor: Actor) {
    const items: ConventionView[] = [];
    for (let page = 1; ; page += 1) {
      const result = await this.listConventions.execute(
        { q: query.q, status: query.status, country: query.country, page, pageSize: 200 },
        actor,
      );
      items.push(...result.items);
      if (page * 200 >= result.total) break;
    }
    return items;
  }

  /** The conventions the caller sees, with the list's filters (`q`, `status`, `country`). */
  @Get('conventions.csv')
  @ApiProduces('text/csv')
  async conventionsCsv(
    @Query() query: ExportConventionsQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    await this.send(response, await this.conventions(query, locale, actor), 'conventions', 'csv', locale);
  }

  @Get('conventions.xlsx')
  @ApiProduces(XLSX)
  async conventionsXlsx(
    @Query() query: ExportConventionsQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const items = await this.conventionViews(query, actor);
    // Issue 17: a second sheet in the import template's columns, so that the file re-imports unchanged.
    const importSheet = {
      name: IMPORT_SHEET,
      rows: [
        [...TEMPLATE_COLUMNS],
        ...items.map((item) => TEMPLATE_COLUMNS.map((column) => conventionToRow(item)[column])),
      ],
    };
    await this.send(response, conventionsTable(items, locale), 'conventions', 'xlsx', locale, [importSheet]);
  }

  private async conventionDeadlines(id: string, query: DeadlineWindowQuery, locale: Locale, actor: Actor) {
    const convention = await this.getConvention.execute(id, actor);
    const deadlines = await this.listDeadlines.execute({
      conventionId: id,
      from: query.from,
      to: query.to,
      locale,
      actor,
    });
    return {
      table: conventionDeadlinesTable(convention, deadlines, locale),
      reference: convention.reference,
    };
  }

  /** One convention's deadlines with the officers' records. */
  @Get('conventions/:id/deadlines.csv')
  @ApiProduces('text/csv')
  @ApiNotFoundResponse()
  async conventionDeadlinesCsv(
    @Param('id', conventionId) id: string,
    @Query() query: DeadlineWindowQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const { table, reference } = await this.conventionDeadlines(id, query, locale, actor);
    await this.send(response, table, `${reference}-echeances`, 'csv', locale);
  }

  @Get('conventions/:id/deadlines.xlsx')
  @ApiProduces(XLSX)
  @ApiNotFoundResponse()
  async conventionDeadlinesXlsx(
    @Param('id', conventionId) id: string,
    @Query() query: DeadlineWindowQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const { table, reference } = await this.conventionDeadlines(id, query, locale, actor);
    await this.send(response, table, `${reference}-echeances`, 'xlsx', locale);
  }

  /** A one-page summary to print (fiche de synthèse): parties, clauses quoted, open deadlines, checklist. */
  @Get('conventions/:id/summary')
  @ApiProduces('text/html')
  @ApiNotFoundResponse()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  async summary(
    @Param('id', conventionId) id: string,
    @Query() query: DeadlineWindowQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    const convention = await this.getConvention.execute(id, actor);
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const [deadlines, compliance] = await Promise.all([
      this.listDeadlines.execute({ conventionId: id, from: today, to: query.to, locale, actor }),
      this.compliance.execute(id, locale, actor),
    ]);
    return renderConventionSummary({ convention, deadlines, compliance, today, locale });
  }
}
