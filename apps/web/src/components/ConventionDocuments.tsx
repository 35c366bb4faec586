import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { upload } from '../lib/api';
import { DOCUMENT_KINDS, DocumentKind, StoredFile } from '../lib/types';
import { Button, FileField, SelectField, Table, TextField } from '../ui';

/** Ten MiB, the API's limit: a bigger file is refused here before it is sent. */
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * A convention's documents (signed text, deliberations, prefecture acknowledgment…), each a
 * download link, and (for writers) a PDF to add with its kind and title: `POST
 * /api/conventions/:id/documents` as multipart/form-data, like the minutes' attachments.
 */
export function ConventionDocuments({
  conventionId,
  files,
  writable,
  onUploaded,
}: {
  conventionId: string;
  files: StoredFile[];
  writable: boolean;
  onUploaded(): void;
}) {
  const { t, date, number } = useI18n();
  // A new key empties the file input once its PDF is stored.
  const [round, setRound] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>('signed_text');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(t('attachments.too_large'));
      return;
    }
    setBusy(true);
    try {
      const fields: Record<string, string> = { kind };
      if (title.trim()) fields.title = title.trim();
      await upload(`/api/conventions/${conventionId}/documents`, file, fields);
      setFile(null);
      setTitle('');
      setRound(round + 1);
      onUploaded();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <Table
        caption={t('documents.title')}
        captionHidden
        rows={files}
        rowKey={(row) => row.id}
        empty={t('documents.empty')}
        columns={[
          {
            header: t('documents.column.document'),
            cell: (row) => (
              <a href={row.url} download={row.filename}>
                {row.title || row.filename}
              </a>
            ),
          },
          {
            header: t('documents.column.kind'),
            cell: (row) => (row.kind ? t(`documents.kind.${row.kind}`) : '—'),
          },
          {
            header: t('documents.column.uploadedAt'),
            cell: (row) => (row.uploadedAt ? date(row.uploadedAt.slice(0, 10)) : '—'),
          },
          {
            header: t('documents.column.size'),
            align: 'end',
            cell: (row) => t('attachments.size', { size: number(Math.ceil(row.size / 1024)) }),
          },
        ]}
      />
      {writable && (
        <form className="stack" aria-label={t('documents.add')} onSubmit={(event) => void submit(event)}>
          <h3>{t('documents.add')}</h3>
          <div className="fields">
            <SelectField
              label={t('documents.kind')}
              value={kind}
              onChange={(event) => setKind(event.target.value as DocumentKind)}
              options={DOCUMENT_KINDS.map((value) => ({ value, label: t(`documents.kind.${value}`) }))}
            />
            <TextField
              label={t('documents.document_title')}
              hint={t('documents.document_title.hint')}
              maxLength={300}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <FileField
            key={round}
            label={t('documents.file')}
            hint={t('attachments.hint')}
            accept="application/pdf,.pdf"
            error={error}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <div className="row">
            <Button type="submit" variant="primary" disabled={!file || busy}>
              {t('documents.upload')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
