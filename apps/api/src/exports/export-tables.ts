import { CalendarItem, ConventionView, DeadlineView } from '@passerelle/application';
import { summarizeTerms } from '@passerelle/domain';
import { Locale, translate } from '@passerelle/i18n';
import { ExportTable } from './export-table';

/** Every visible deadline (the calendar), one line each. */
export function calendarTable(items: CalendarItem[], locale: Locale): ExportTable {
  const t = (key: string) => translate(locale, key);
  return {
    name: t('export.sheet.deadlines'),
    columns: [
      { header: t('export.column.due_on'), kind: 'date', width: 14 },
      { header: t('export.column.kind'), width: 30 },
      { header: t('export.column.status'), width: 18 },
      { header: t('export.column.reference'), width: 26 },
      { header: t('export.column.convention'), width: 50 },
      { header: t('export.column.article'), width: 10 },
      { header: t('export.column.quote'), width: 60 },
      { header: t('export.column.convention_id'), width: 38 },
    ],
    rows: items.map((item) => [
      item.dueOn,
      t(`deadline.kind.${item.kind}`),
      t(`deadline.status.${item.status}`),
      item.reference,
      item.conventionTitle,
      item.source?.article || null,
      item.source?.quote || null,
      item.conventionId,
    ]),
  };
}

/** One convention's deadlines, with the officers' records. */
export function conventionDeadlinesTable(
  convention: ConventionView,
  deadlines: DeadlineView[],
  locale: Locale,
): ExportTable {
  const t = (key: string) => translate(locale, key);
  return {
    name: convention.reference,
    columns: [
      { header: t('export.column.due_on'), kind: 'date', width: 14 },
      { header: t('export.column.kind'), width: 30 },
      { header: t('export.column.status'), width: 18 },
      { header: t('export.column.article'), width: 10 },
      { header: t('export.column.quote'), width: 60 },
      { header: t('export.column.done_on'), kind: 'date', width: 14 },
      { header: t('export.column.note'), width: 40 },
    ],
    rows: deadlines.map((deadline) => [
      deadline.dueOn,
      t(`deadline.kind.${deadline.kind}`),
      t(`deadline.status.${deadline.status}`),
      deadline.source?.article || null,
      deadline.source?.quote || null,
      deadline.record?.doneOn ?? null,
      deadline.record?.reason ?? deadline.record?.note ?? null,
    ]),
  };
}

/** The conventions list: who, what, when it runs, where it stands. */
export function conventionsTable(conventions: ConventionView[], locale: Locale): ExportTable {
  const t = (key: string) => translate(locale, key);
  return {
    name: t('export.sheet.conventions'),
    columns: [
      { header: t('export.column.reference'), width: 26 },
      { header: t('export.column.convention'), width: 50 },
      { header: t('export.column.instrument'), width: 24 },
      { header: t('export.column.status'), width: 18 },
      { header: t('export.column.parties'), width: 40 },
      { header: t('export.column.countries'), width: 10 },
      { header: t('export.column.starts_on'), kind: 'date', width: 14 },
      { header: t('export.column.ends_on'), kind: 'date', width: 14 },
      { header: t('export.column.renewal'), width: 22 },
      { header: t('export.column.object'), width: 60 },
      { header: t('export.column.convention_id'), width: 38 },
    ],
    rows: conventions.map((convention) => {
      const terms = summarizeTerms(convention);
      const renewal = convention.clauses.renewal?.mode;
      return [
        convention.reference,
        convention.title,
        t(`convention.instrument.${convention.instrument}`),
        t(`convention.status.${convention.status}`),
        convention.parties.map((party) => party.name).join(', '),
        [...new Set(convention.parties.map((party) => party.country))].join(', '),
        terms.startsOn,
        terms.endsOn,
        renewal ? t(`export.renewal.${renewal}`) : null,
        convention.object ?? null,
        convention.id,
      ];
    }),
  };
}
