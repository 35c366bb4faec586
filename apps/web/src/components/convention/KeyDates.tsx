import { useI18n } from '../../i18n/i18n';
import { Convention } from '../../lib/types';
import { ConventionStatusBadge, Reference } from '../../ui';
import { StatusNotes } from './StatusNotes';

/** « En bref »: status, start, end of the term under way, next renewal, final end. */
export function KeyDates({ convention: c }: { convention: Convention; revision?: number }) {
  const { t, date } = useI18n();
  const key = c.keyDates;
  return (
    <dl className="facts" data-testid="key-dates">
      <dt>{t('convention.reference')}</dt>
      <dd>
        <Reference code={c.reference} />
      </dd>
      <dt>{t('convention.status')}</dt>
      <dd>
        <ConventionStatusBadge status={c.status} />
        <StatusNotes convention={c} />
      </dd>
      <dt>{t('convention.instrument')}</dt>
      <dd>{t(`convention.instrument.${c.instrument}`)}</dd>
      <dt>{t('convention.startsOn')}</dt>
      <dd>{key?.startsOn ? date(key.startsOn) : t('convention.startsOn.unknown')}</dd>
      {key?.currentTermEndsOn && key.currentTermEndsOn !== key.endsOn && (
        <>
          <dt>{t('convention.currentTermEndsOn')}</dt>
          <dd>{date(key.currentTermEndsOn)}</dd>
        </>
      )}
      {key?.nextRenewal && (
        <>
          <dt>{t(`convention.nextRenewal.${key.nextRenewal.kind}`)}</dt>
          <dd>{date(key.nextRenewal.on)}</dd>
        </>
      )}
      <dt>{t('convention.endsOn')}</dt>
      <dd>
        {c.terminatedOn
          ? date(c.terminatedOn)
          : key?.endsOn
            ? date(key.endsOn)
            : key?.openEnded
              ? t('convention.endsOn.open')
              : '—'}
      </dd>
      <dt>{t('convention.timeZone')}</dt>
      <dd>{c.timeZone}</dd>
    </dl>
  );
}
