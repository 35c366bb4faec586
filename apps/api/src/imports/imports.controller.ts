import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ImportConventionsUseCase,
  ImportRepertoireUseCase,
  RepertoireImportResult,
  SpreadsheetImportResult,
} from '@passerelle/application';
import {
  Actor,
  DomainError,
  REQUIRED_COLUMNS,
  suggestMapping,
  TEMPLATE_COLUMNS,
  TemplateColumn,
} from '@passerelle/domain';
import ExcelJS from 'exceljs';
import { readSpreadsheet } from './read-spreadsheet';
import { CurrentActor } from '../auth/current-actor.decorator';
import { decodeText } from './decode-text';
import { ImportFile, ImportUploadInterceptor, requireFile } from './import-upload.interceptor';

const FILE_BODY = {
  schema: {
    type: 'object' as const,
    required: ['file'],
    properties: { file: { type: 'string' as const, format: 'binary' } },
  },
};

/** Issue 17: bringing a portfolio in (CONTRACT §6). */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('api/imports')
export class ImportsController {
  constructor(
    private readonly importRepertoire: ImportRepertoireUseCase,
    private readonly importConventions: ImportConventionsUseCase,
  ) {}

  @Get('conventions/template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="passerelle-conventions.csv"')
  templateCsv(): string {
    // The BOM makes Excel read the UTF-8 accents right.
    return `\uFEFF${TEMPLATE_COLUMNS.join(';')}\r\n`;
  }

  @Get('conventions/template.xlsx')
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('Content-Disposition', 'attachment; filename="passerelle-conventions.xlsx"')
  async templateXlsx(): Promise<StreamableFile> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('conventions').addRow([...TEMPLATE_COLUMNS]);
    return new StreamableFile(Buffer.from(await workbook.xlsx.writeBuffer()));
  }

  /** The mapping step: the file's headers and, for each template field, the column it most likely is. */
  @Post('conventions/columns')
  @HttpCode(200)
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  async columns(@UploadedFile() file: ImportFile | undefined): Promise<{
    headers: string[];
    fields: readonly string[];
    required: readonly string[];
    suggested: Partial<Record<TemplateColumn, string>>;
    rows: number;
  }> {
    const upload = requireFile(file);
    const [header = [], ...rows] = await readSpreadsheet(upload.buffer, upload.originalname);
    const headers = header.map((name) => name.trim().replace(/^\uFEFF/, '')).filter(Boolean);
    return {
      headers,
      fields: TEMPLATE_COLUMNS,
      required: REQUIRED_COLUMNS,
      suggested: suggestMapping(headers),
      rows: rows.length,
    };
  }

  @Post('conventions')
  @HttpCode(200)
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBadRequestResponse({
    description:
      'no file, unreadable, a required column missing, or (dryRun=false) a row with problems: nothing written',
  })
  async conventions(
    @UploadedFile() file: ImportFile | undefined,
    @Query('dryRun') dryRun: string | undefined,
    @Body('mapping') mapping: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<SpreadsheetImportResult> {
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false')
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'dryRun: true or false',
        field: 'dryRun',
      });
    let columns: Partial<Record<TemplateColumn, string>> | undefined;
    if (mapping) {
      try {
        columns = JSON.parse(mapping) as Partial<Record<TemplateColumn, string>>;
      } catch {
        columns = undefined;
      }
      if (
        !columns ||
        typeof columns !== 'object' ||
        Array.isArray(columns) ||
        Object.entries(columns).some(
          ([key, value]) => !TEMPLATE_COLUMNS.includes(key as TemplateColumn) || typeof value !== 'string',
        )
      )
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: 'mapping: a JSON object from template fields to column headers',
          field: 'mapping',
        });
    }
    const upload = requireFile(file);
    const table = await readSpreadsheet(upload.buffer, upload.originalname);
    try {
      return await this.importConventions.execute(
        table,
        { dryRun: dryRun !== 'false', mapping: columns },
        actor,
      );
    } catch (error) {
      const rows = (error as { rows?: unknown }).rows;
      if (error instanceof DomainError && rows)
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: error.message,
          field: 'file',
          rows,
        });
      throw error;
    }
  }

  @Post('repertoire')
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiBadRequestResponse({ description: 'no file, or not the 2008 directory (names `file`)' })
  @ApiForbiddenResponse({ description: 'admins only' })
  repertoire(
    @UploadedFile() file: ImportFile | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<RepertoireImportResult> {
    return this.importRepertoire.execute(decodeText(requireFile(file).buffer).text, actor);
  }
}
