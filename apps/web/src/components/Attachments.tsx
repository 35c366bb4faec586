import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { upload } from '../lib/api';
import { StoredFile } from '../lib/types';
import { Button, FileField } from '../ui';

/** Ten MiB, the API's limit: a bigger file is refused here before it is sent. */
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * The PDFs attached to minutes or an evaluation, each a download link, and (for writers) a PDF
 * to add: `POST {uploadPath}` as multipart/form-data, the API checking type and size again.
 */
export function Attachments({
  files,
  uploadPath,
  label,
  writable,
  onUploaded,
}: {
  files: StoredFile[];
  uploadPath: string;
  /** The file field's label: names what the PDF is attached to (unique on the page). */
  label: string;
  writable: boolean;
  onUploaded(): void;
}) {
  const { t, number } = useI18n();
  // A new key empties the file input once its PDF is stored.
  const [round, setRound] = useState(0);
  const [file, setFile] = useState<File | null>(null);
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
      await upload(uploadPath, file);
      setFile(null);
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
      {files.length === 0 ? (
        <p className="empty">{t('attachments.empty')}</p>
      ) : (
        <ul className="files">
          {files.map((entry) => (
            <li key={entry.id}>
              <a href={entry.url} download={entry.filename}>
                {entry.title || entry.filename}
              </a>{' '}
              <span className="muted">
                {t('attachments.size', { size: number(Math.ceil(entry.size / 1024)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {writable && (
        <form className="inline-form" onSubmit={(event) => void submit(event)}>
          <FileField
            key={round}
            label={label}
            hint={t('attachments.hint')}
            accept="application/pdf,.pdf"
            error={error}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <Button type="submit" disabled={!file || busy}>
            {t('attachments.upload')}
          </Button>
        </form>
      )}
    </div>
  );
}
