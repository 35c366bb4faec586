import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Extraction, Finding, LOW_CONFIDENCE } from '../lib/extraction';
import { Card, Notice } from '../ui';
import './DocumentText.css';

/** A finding's value as the officer reads it. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}

/**
 * The text that was read, every quote highlighted, beside the list of what was read from it:
 * choosing a field shows (and scrolls to) the sentence it comes from; doubtful readings flagged.
 */
export function DocumentText({ extraction }: { extraction: Extraction }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<Finding | null>(null);
  const spans = useMemo(() => {
    // Distinct quoted spans in text order, overlaps merged: the text cut into plain and quoted parts.
    const ranges = [
      ...new Map(extraction.findings.map((f) => [`${f.start}:${f.end}`, [f.start, f.end] as const])).values(),
    ].sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of ranges) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    const parts: Array<{ text: string; start: number; quoted: boolean }> = [];
    let at = 0;
    for (const [start, end] of merged) {
      if (start > at) parts.push({ text: extraction.text.slice(at, start), start: at, quoted: false });
      parts.push({ text: extraction.text.slice(start, end), start, quoted: true });
      at = end;
    }
    if (at < extraction.text.length)
      parts.push({ text: extraction.text.slice(at), start: at, quoted: false });
    return parts;
  }, [extraction]);

  const choose = (finding: Finding) => {
    setSelected(finding);
    window.setTimeout(
      () =>
        document
          .getElementById(`quote-${finding.start}`)
          ?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
      0,
    );
  };
  const isSelected = (start: number, length: number) =>
    selected !== null && selected.start < start + length && selected.end > start;

  return (
    <div className="review-side">
      {extraction.warnings.length > 0 && (
        <Notice tone="info">
          <p>{t('extract.warnings')}</p>
          <ul>
            {extraction.warnings.map((warning) => (
              <li key={`${warning.code}:${warning.field ?? ''}`}>
                {t(`extract.warning.${warning.code}`, {
                  field: warning.field ?? '',
                  ...(warning.params ?? {}),
                })}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <Card title={t('extract.findings')}>
        {extraction.findings.length === 0 ? (
          <p className="muted">{t('extract.findings.none')}</p>
        ) : (
          <ul className="findings" aria-label={t('extract.findings')}>
            {extraction.findings.map((finding) => (
              <li key={finding.field}>
                <button
                  type="button"
                  className={`finding${finding.confidence < LOW_CONFIDENCE ? ' finding-doubtful' : ''}`}
                  aria-pressed={selected?.field === finding.field}
                  onClick={() => choose(finding)}
                >
                  <code>{finding.field}</code> = <strong>{shown(finding.value)}</strong>
                  {finding.article && (
                    <span className="muted"> · {t('clause.article', { article: finding.article })}</span>
                  )}
                  {finding.confidence < LOW_CONFIDENCE && (
                    <span className="badge badge-warning"> {t('extract.doubtful')}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('extract.text')}>
        {selected && (
          <blockquote className="selected-quote" aria-live="polite" data-testid="selected-quote">
            {selected.quote}
          </blockquote>
        )}
        <div
          className="document-text"
          data-testid="document-text"
          tabIndex={0}
          aria-label={t('extract.text')}
        >
          {spans.map((part) =>
            part.quoted ? (
              <mark
                key={part.start}
                id={`quote-${part.start}`}
                className={isSelected(part.start, part.text.length) ? 'quote quote-selected' : 'quote'}
              >
                {part.text}
              </mark>
            ) : (
              <span key={part.start}>{part.text}</span>
            ),
          )}
        </div>
      </Card>
    </div>
  );
}
