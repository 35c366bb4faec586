import '../../components/portfolio/portfolio.css';
import { FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ApiError, upload } from '../../lib/api';
import { useSession } from '../../lib/session';
import { Badge, Button, ButtonLink, Card, FileField, Notice, Page, SelectField, Table } from '../../ui';
import { DirectoryImport, TONE } from './DirectoryImport';

interface Columns {
  headers: string[];
  fields: string[];
  required: string[];
  suggested: Record<string, string>;
  rows: number;
}
interface RowOutcome {
  line: number;
  status: 'create' | 'update' | 'unchanged' | 'error';
  reference: string | null;
  problems: Array<{ field: string; message: string }>;
}
interface SpreadsheetResult {
  rows: RowOutcome[];
  created: number;
  updated: number;
  dryRun: boolean;
}

/** A spreadsheet in: upload, map the columns, preview each row's outcome, confirm, see the report. */
function SpreadsheetImport() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<Columns | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<SpreadsheetResult | null>(null);
  const [done, setDone] = useState<SpreadsheetResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      const body = caught instanceof ApiError ? (caught.body as { rows?: RowOutcome[] } | null) : null;
      if (body?.rows) setPreview({ rows: body.rows, created: 0, updated: 0, dryRun: true });
      setError((caught as Error).message);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const readColumns = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const answer = await run(() => upload<Columns>('/api/imports/conventions/columns', file));
    if (answer) {
      setColumns(answer);
      setMapping(answer.suggested);
      setPreview(null);
      setDone(null);
    }
  };
  const send = (dryRun: boolean) =>
    run(() =>
      upload<SpreadsheetResult>(`/api/imports/conventions?dryRun=${dryRun}`, file as File, {
        mapping: JSON.stringify(mapping),
      }),
    );

  return (
    <Card title={t('import.spreadsheet.title')}>
      <p>
        {t('import.spreadsheet.intro')}{' '}
        <a href="/api/imports/conventions/template.csv" download>
          {t('import.spreadsheet.template_csv')}
        </a>{' '}
        ·{' '}
        <a href="/api/imports/conventions/template.xlsx" download>
          {t('import.spreadsheet.template_xlsx')}
        </a>
      </p>
      <form className="stack" onSubmit={(event) => void readColumns(event)}>
        <FileField
          label={t('import.file')}
          accept=".csv,.xlsx,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <div>
          <Button type="submit" disabled={!file || busy}>
            {t('import.spreadsheet.read')}
          </Button>
        </div>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {columns && (
        <form
          className="stack"
          aria-label={t('import.mapping.title')}
          onSubmit={(event) => {
            event.preventDefault();
            void send(true).then((answer) => answer && setPreview(answer));
          }}
        >
          <h3 className="card-title">{t('import.mapping.title')}</h3>
          <p>{t('import.mapping.intro', { rows: columns.rows })}</p>
          <div className="form-grid">
            {columns.fields.map((field) => (
              <SelectField
                key={field}
                label={`${t(`import.field.${field}`)}${columns.required.includes(field) ? ' *' : ''}`}
                value={mapping[field] ?? ''}
                onChange={(event) => setMapping({ ...mapping, [field]: event.target.value })}
                options={[
                  { value: '', label: t('import.mapping.none') },
                  ...columns.headers.map((header) => ({ value: header, label: header })),
                ]}
              />
            ))}
          </div>
          <div>
            <Button type="submit" disabled={busy}>
              {t('import.preview')}
            </Button>
          </div>
        </form>
      )}
      {preview && (
        <div className="stack">
          <Table
            caption={t('import.preview.caption')}
            rows={preview.rows}
            rowKey={(row) => String(row.line)}
            empty={t('import.problems.none')}
            columns={[
              { header: t('import.column.line'), align: 'end', cell: (row) => row.line },
              { header: t('import.column.reference'), cell: (row) => row.reference ?? '—' },
              {
                header: t('import.column.status'),
                cell: (row) => <Badge tone={TONE[row.status]}>{t(`import.status.${row.status}`)}</Badge>,
              },
              {
                header: t('import.column.problems'),
                cell: (row) =>
                  row.problems.map((problem) => `${problem.field} : ${problem.message}`).join(' ; ') || '—',
              },
            ]}
          />
          {preview.rows.some((row) => row.status === 'error') ? (
            <Notice tone="error">{t('import.preview.blocked')}</Notice>
          ) : (
            <div>
              <Button
                variant="primary"
                disabled={busy}
                onClick={() =>
                  void send(false).then((answer) => {
                    if (!answer) return;
                    setDone(answer);
                    setPreview(null);
                  })
                }
              >
                {t('import.confirm', { created: preview.created, updated: preview.updated })}
              </Button>
            </div>
          )}
        </div>
      )}
      {done && (
        <div className="stack">
          <Notice tone="success">
            {t('import.spreadsheet.done', { created: done.created, updated: done.updated })}
          </Notice>
          <div>
            <ButtonLink to="/conventions">{t('import.see_conventions')}</ButtonLink>
          </div>
        </div>
      )}
    </Card>
  );
}

/** /import (issue 17): the 2008 directory and spreadsheets in. Admins import; others are told why not. */
export function ImportPage() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <Page title={t('import.title')}>
      {me?.role !== 'admin' ? (
        <Notice>{t('import.admin_only')}</Notice>
      ) : (
        <>
          <SpreadsheetImport />
          <DirectoryImport />
        </>
      )}
    </Page>
  );
}
