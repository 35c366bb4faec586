import { useI18n } from '../../i18n/i18n';
import { countryName } from '../../lib/countries';
import { Party } from '../../lib/types';
import { Table } from '../../ui';

export function PartiesTable({ parties }: { parties: Party[] }) {
  const { t, date, locale } = useI18n();
  return (
    <Table
      caption={t('convention.parties')}
      captionHidden
      rows={parties}
      rowKey={(row) => row.name}
      empty={t('convention.parties.empty')}
      columns={[
        { header: t('party.name'), cell: (row) => row.name },
        { header: t('party.country'), cell: (row) => countryName(row.country, locale) },
        { header: t('party.level'), cell: (row) => (row.level ? t(`party.level.${row.level}`) : '—') },
        {
          header: t('party.representative'),
          cell: (row) => [row.representative, row.representativeTitle].filter(Boolean).join(', ') || '—',
        },
        { header: t('party.deliberationOn'), cell: (row) => date(row.deliberationOn) },
        { header: t('party.signedOn'), cell: (row) => date(row.signedOn) },
        { header: t('party.prefectureTransmissionOn'), cell: (row) => date(row.prefectureTransmissionOn) },
      ]}
    />
  );
}
