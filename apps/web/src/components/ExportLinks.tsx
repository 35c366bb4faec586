import { useI18n } from '../i18n/i18n';
import { ButtonLink } from '../ui';

/** CSV and Excel downloads of a list the API exports (`/api/exports/...`), in the interface's language. */
export function ExportLinks({ base, params = '', name }: { base: string; params?: string; name: string }) {
  const { t, locale } = useI18n();
  const join = params ? `${params}&lang=${locale}` : `?lang=${locale}`;
  return (
    <>
      <ButtonLink
        external
        to={`${base}.csv${join}`}
        size="sm"
        download
        aria-label={t('export.csv_for', { name })}
      >
        {t('export.csv')}
      </ButtonLink>
      <ButtonLink
        external
        to={`${base}.xlsx${join}`}
        size="sm"
        download
        aria-label={t('export.xlsx_for', { name })}
      >
        {t('export.xlsx')}
      </ButtonLink>
    </>
  );
}
