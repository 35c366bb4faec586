import { FormEvent, useEffect, useRef, useState } from 'react';
import { DocumentText } from '../components/DocumentText';
import { useI18n } from '../i18n/i18n';
import { upload } from '../lib/api';
import { Extraction, readDocument, toDraft } from '../lib/extraction';
import { useSession } from '../lib/session';
import { Button, ButtonLink, Card, Notice, Page, SelectField, TextAreaField } from '../ui';
import { EditConventionPage } from './EditConventionPage';

/**
 * « Nouvelle convention depuis un document »: a signed text (PDF, scanned or not, DOCX, TXT, or
 * pasted) is read by POST /api/extract; the officer checks the proposal beside its text in the
 * usual editor, corrects, and creates it; a PDF is then kept as the convention's signed text.
 */
export function NewFromDocumentPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [language, setLanguage] = useState('fr');
  const [reading, setReading] = useState(false);
  const [progress, setProgress] = useState<{ page: number; pages: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setReading(true);
    setProgress(null);
    abort.current = new AbortController();
    try {
      setExtraction(
        await readDocument(
          { file, text, language },
          (page, pages) => setProgress({ page, pages }),
          abort.current.signal,
        ),
      );
    } catch (caught) {
      if ((caught as Error).name !== 'AbortError') setError((caught as Error).message);
    } finally {
      setReading(false);
    }
  };

  if (extraction) {
    const keepSignedText = async (conventionId: string) => {
      if (!file || !/\.pdf$/i.test(file.name)) return;
      await upload(`/api/conventions/${encodeURIComponent(conventionId)}/documents`, file, {
        kind: 'signed_text',
        title: file.name,
      });
    };
    return (
      <EditConventionPage
        draft={toDraft(extraction, me?.organizationId ?? null)}
        title={t('extract.review.title')}
        beside={<DocumentText extraction={extraction} />}
        afterCreate={keepSignedText}
      />
    );
  }

  return (
    <Page
      title={t('extract.title')}
      actions={
        <ButtonLink to="/conventions" variant="ghost">
          {t('common.cancel')}
        </ButtonLink>
      }
    >
      <p className="muted">{t('extract.intro')}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <form onSubmit={(event) => void submit(event)} aria-label={t('extract.title')}>
        <Card title={t('extract.upload')}>
          <div className="field">
            <label htmlFor="extract-file">{t('extract.file')}</label>
            <input
              id="extract-file"
              type="file"
              accept=".pdf,.docx,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
            <span className="hint">{t('extract.file.hint')}</span>
          </div>
          <TextAreaField
            label={t('extract.paste')}
            rows={6}
            value={text}
            disabled={Boolean(file)}
            onChange={(event) => setText(event.target.value)}
          />
          <SelectField
            label={t('extract.language')}
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
            options={[
              { value: 'fr', label: t('language.name.fr') },
              { value: 'en', label: t('language.name.en') },
            ]}
          />
          <div className="row">
            <Button type="submit" variant="primary" disabled={reading || (!file && !text.trim())}>
              {t('extract.read')}
            </Button>
          </div>
          <div aria-live="polite" data-testid="extract-progress">
            {reading && (
              <p>
                {progress
                  ? t('extract.ocr.progress', { page: progress.page, pages: progress.pages })
                  : t('extract.reading')}
              </p>
            )}
            {progress && <progress max={progress.pages} value={progress.page} />}
          </div>
        </Card>
      </form>
    </Page>
  );
}
