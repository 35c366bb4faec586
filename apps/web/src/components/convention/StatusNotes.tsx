import { useI18n } from '../../i18n/i18n';
import { Convention } from '../../lib/types';

/** What the status alone does not say: signatures missing, a side not yet executory. */
export function StatusNotes({ convention }: { convention: Convention }) {
  const { t } = useI18n();
  const notes = convention.statusNotes ?? [];
  if (notes.length === 0) return null;
  return (
    <span className="muted" data-testid="status-notes">
      {' — '}
      {notes
        .map((note) =>
          note.code === 'signatures_missing'
            ? t('status.note.signatures_missing', { parties: note.parties.join(', ') })
            : t(`status.note.not_executory.${note.country}`),
        )
        .join(' · ')}
    </span>
  );
}
