import { ApdDeclarationView, CouncilReport } from '@passerelle/application';
import { Locale, translate } from '@passerelle/i18n';
import { ExportTable } from '../exports/export-table';

/** The declaration's lines, then one total line per beneficiary country in euros, as the form asks. */
export function apdTable(view: ApdDeclarationView, locale: Locale): ExportTable {
  const t = (key: string) => translate(locale, key);
  return {
    name: translate(locale, 'apd.sheet', { year: view.year }),
    columns: [
      { header: t('apd.column.paid_on'), kind: 'date', width: 12 },
      { header: t('apd.column.convention'), width: 22 },
      { header: t('apd.column.party'), width: 22 },
      { header: t('apd.column.country'), width: 10 },
      { header: t('apd.column.purpose'), width: 36 },
      { header: t('apd.column.kind'), width: 12 },
      { header: t('apd.column.amount'), kind: 'number', width: 14 },
      { header: t('apd.column.currency'), width: 8 },
      { header: t('apd.column.amount_eur'), kind: 'number', width: 14 },
    ],
    rows: [
      ...view.lines.map((line) => [
        line.paidOn,
        line.reference,
        line.party,
        line.country,
        line.purpose,
        t(`apd.kind.${line.kind}`),
        line.amount,
        line.currency,
        line.amountEur,
      ]),
      ...view.byCountryEur.map((row) => [
        null,
        t('apd.total'),
        null,
        row.country,
        `${t('apd.kind.cash')} ${row.cash} · ${t('apd.kind.in_kind')} ${row.inKind}`,
        null,
        null,
        null,
        row.total,
      ]),
    ],
  };
}

/** The report's money table (the HTML holds the rest); one row per convention, country and currency. */
export function councilMoneyTable(report: CouncilReport, locale: Locale): ExportTable {
  const t = (key: string) => translate(locale, key);
  return {
    name: `${report.year}`,
    columns: [
      { header: t('export.column.reference'), width: 22 },
      { header: t('report.column.partner'), width: 28 },
      { header: t('apd.column.country'), width: 10 },
      { header: t('apd.column.currency'), width: 8 },
      { header: t('report.column.committed'), kind: 'number', width: 14 },
      { header: t('report.column.paid'), kind: 'number', width: 14 },
    ],
    rows: report.money.map((row) => [
      row.reference,
      row.partner,
      row.country,
      row.currency,
      row.committed,
      row.paid,
    ]),
  };
}
