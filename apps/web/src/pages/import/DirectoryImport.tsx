import { FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { upload } from '../../lib/api';
import { Link } from '../../lib/router';
import { Badge, Button, Card, FileField, Notice, Table } from '../../ui';

interface Problem {
  line: number;
  field: string;
  message: string;
}
interface DirectoryReport {
  created: number;
  updated: number;
  unchanged: number;
  links: Array<{ line: number; reference: string; conventionId: string; existingReference: string }>;
  conventions: Array<{
    line: number;
    reference: string;
    status: string;
    conventionId: string | null;
    title: string;
  }>;
  problems: Problem[];
}
export const TONE = {
  create: 'success',
  update: 'info',
  unchanged: 'neutral',
  error: 'danger',
  link: 'warning',
} as const;

function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t } = useI18n();
  return (
    <Table
      caption={t('import.problems')}
      rows={problems}
      rowKey={(_row, index) => String(index)}
      empty={t('import.problems.none')}
      columns={[
        { header: t('import.column.line'), align: 'end', cell: (row) => row.line },
        { header: t('import.column.field'), cell: (row) => <code>{row.field}</code> },
        { header: t('import.column.message'), cell: (row) => row.message },
      ]}
    />
  );
}

/** The 2008 directory in: upload, then the report (what was created, linked, and every problem with its line). */
export function DirectoryImport() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<DirectoryReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await upload<DirectoryReport>('/api/imports/repertoire', file));
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('import.directory.title')}>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <p>{t('import.directory.intro')}</p>
        <FileField
          label={t('import.file')}
          accept=".txt,text/plain"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <div>
          <Button type="submit" variant="primary" disabled={!file || busy}>
            {t('import.directory.submit')}
          </Button>
        </div>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {report && (
        <div className="stack">
          <Notice tone="success">
            {t('import.directory.done', {
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
              links: report.links.length,
            })}
          </Notice>
          <Table
            caption={t('import.directory.conventions')}
            rows={report.conventions}
            rowKey={(row) => row.reference}
            empty={t('import.problems.none')}
            columns={[
              { header: t('import.column.line'), align: 'end', cell: (row) => row.line },
              {
                header: t('import.column.convention'),
                cell: (row) =>
                  row.conventionId ? (
                    <Link to={`/conventions/${row.conventionId}`}>{row.title}</Link>
                  ) : (
                    row.title
                  ),
              },
              {
                header: t('import.column.status'),
                cell: (row) => (
                  <Badge tone={TONE[row.status as keyof typeof TONE] ?? 'neutral'}>
                    {t(`import.status.${row.status}`)}
                  </Badge>
                ),
              },
            ]}
          />
          <ProblemsTable problems={report.problems} />
        </div>
      )}
    </Card>
  );
}
