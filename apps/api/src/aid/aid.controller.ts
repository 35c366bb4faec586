import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  GetApdDeclarationUseCase,
  GetCouncilReportUseCase,
  ImportActionPlanPaymentsUseCase,
  ListPaymentsUseCase,
  RecordApdDeclarationUseCase,
  RecordPaymentUseCase,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/locale.decorator';
import { toCsv, toXlsx, ExportTable } from '../exports/export-table';
import { apdTable, councilMoneyTable } from './aid-tables';
import { renderCouncilReport } from './council-report.html';
import { ApdDeclarationDto, ApdYearQuery, ImportActionPlanPaymentsDto, PaymentDto } from './payment.dto';

const conventionId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundException('convention not found'),
});
const organizationId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundException('organization not found'),
});
const yearParam = new ParseIntPipe({
  exceptionFactory: () =>
    new BadRequestException({ message: 'year must be a year such as 2025', field: 'year' }),
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function send(
  response: Response,
  table: ExportTable,
  base: string,
  format: 'csv' | 'xlsx',
  locale: Locale,
) {
  response.setHeader('Cache-Control', 'private, no-store');
  const file = `${base}.${format}`.replace(/[^A-Za-z0-9._-]/g, '_');
  response.setHeader('Content-Disposition', `attachment; filename="${file}"`);
  if (format === 'csv') {
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.send(toCsv(table, locale));
  } else {
    response.setHeader('Content-Type', XLSX);
    response.send(await toXlsx(table, locale));
  }
}

/** CONTRACT §7: the ledger of payments per convention. */
@ApiTags('aid')
@ApiBearerAuth()
@Controller('api/conventions/:id/payments')
export class PaymentsController {
  constructor(
    private readonly record: RecordPaymentUseCase,
    private readonly list: ListPaymentsUseCase,
    private readonly importPlan: ImportActionPlanPaymentsUseCase,
  ) {}

  /** 201 with the payment and `warnings` (a year out of force, a non-French payer); 400 naming the field. */
  @Post()
  create(@Param('id', conventionId) id: string, @Body() body: PaymentDto, @CurrentActor() actor: Actor) {
    return this.record.execute(id, body, actor);
  }

  @Get()
  items(@Param('id', conventionId) id: string, @CurrentActor() actor: Actor) {
    return this.list.execute(id, actor);
  }

  /** Each co-financing line of the plan whose source is a party and states an amount; retrying adds nothing. */
  @Post('import-action-plan')
  @HttpCode(200)
  fromPlan(
    @Param('id', conventionId) id: string,
    @Body() body: ImportActionPlanPaymentsDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.importPlan.execute(id, body, actor);
  }
}

/** CONTRACT §7: an organization's yearly APD declaration (CGCT L1115-6) and its council report. */
@ApiTags('aid')
@ApiBearerAuth()
@Controller('api/organizations/:id')
export class OrganizationAidController {
  constructor(
    private readonly apd: GetApdDeclarationUseCase,
    private readonly declare: RecordApdDeclarationUseCase,
    private readonly report: GetCouncilReportUseCase,
  ) {}

  @Get('apd')
  declaration(
    @Param('id', organizationId) id: string,
    @Query() query: ApdYearQuery,
    @CurrentActor() actor: Actor,
  ) {
    return this.apd.execute(id, query.year, actor);
  }

  @Get('apd.csv')
  @ApiProduces('text/csv')
  async apdCsv(
    @Param('id', organizationId) id: string,
    @Query() query: ApdYearQuery,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Res() response: Response,
  ) {
    const view = await this.apd.execute(id, query.year, actor);
    await send(response, apdTable(view, locale), `apd-${query.year}`, 'csv', locale);
  }

  @Get('apd.xlsx')
  @ApiProduces(XLSX)
  async apdXlsx(
    @Param('id', organizationId) id: string,
    @Query() query: ApdYearQuery,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Res() response: Response,
  ) {
    const view = await this.apd.execute(id, query.year, actor);
    await send(response, apdTable(view, locale), `apd-${query.year}`, 'xlsx', locale);
  }

  /** The declaration of `year` was filed: its `apd_declaration` deadline becomes done. */
  @Post('apd/:year/declaration')
  @HttpCode(200)
  declared(
    @Param('id', organizationId) id: string,
    @Param('year', yearParam) year: number,
    @Body() body: ApdDeclarationDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.declare.execute(id, year, body, actor);
  }

  /** A4 printable HTML (print CSS, no script), in the caller's language and direction. */
  @Get('council-report')
  @ApiProduces('text/html')
  async councilReport(
    @Param('id', organizationId) id: string,
    @Query() query: ApdYearQuery,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Res() response: Response,
  ) {
    const report = await this.report.execute(id, query.year, actor);
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.send(renderCouncilReport(report, locale));
  }

  @Get('council-report.xlsx')
  @ApiProduces(XLSX)
  async councilReportXlsx(
    @Param('id', organizationId) id: string,
    @Query() query: ApdYearQuery,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Res() response: Response,
  ) {
    const report = await this.report.execute(id, query.year, actor);
    await send(response, councilMoneyTable(report, locale), `council-report-${query.year}`, 'xlsx', locale);
  }

  /** JSON of the same report, for the web app. */
  @Get('council-report.json')
  councilReportJson(
    @Param('id', organizationId) id: string,
    @Query() query: ApdYearQuery,
    @CurrentActor() actor: Actor,
  ) {
    return this.report.execute(id, query.year, actor);
  }
}
