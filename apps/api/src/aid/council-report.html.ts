import { CouncilReport } from '@passerelle/application';
import { formatDateLong, Locale, translate } from '@passerelle/i18n';

function escape(value: string | number | null | undefined): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

// Logical properties (inline-start, not left) so the same sheet prints right to left in Arabic.
const STYLE = `
  @page { size: A4; margin: 14mm; }
  * { box-sizing: border-box; }
  body { font: 10pt/1.4 system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; color: #111; margin: 0 auto; max-width: 182mm; padding: 8mm 0; }
  h1 { font-size: 15pt; margin: 0 0 3mm; }
  h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm; border-block-end: 1px solid #999; padding-block-end: 0.5mm; break-after: avoid; }
  table { width: 100%; border-collapse: collapse; font-size: 9pt; }
  th, td { text-align: start; border-block-end: 1px solid #ccc; padding: 0.8mm 1mm; vertical-align: top; }
  th { background: #eee; }
  tr { break-inside: avoid; }
  td.num { text-align: end; font-variant-numeric: tabular-nums; }
  bdi { unicode-bidi: isolate; }
  .hint { color: #555; font-size: 9pt; border: 1px dashed #999; padding: 2mm; margin-block-end: 3mm; }
  footer { margin-block-start: 5mm; color: #555; font-size: 8pt; }
  @media print { .hint { display: none; } body { padding: 0; } }
`;

/** The yearly report to the council (A4, printable, no script), in the caller's language and direction. */
export function renderCouncilReport(report: CouncilReport, locale: Locale): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const date = (value: string) => formatDateLong(value, locale);
  const name = (value: string) => `<bdi>${escape(value)}</bdi>`;
  const amount = (value: number) =>
    new Intl.NumberFormat(locale === 'ar' ? 'ar-MA' : locale, { maximumFractionDigits: 2 }).format(value);
  const table = (headers: string[], rows: string[][]) =>
    rows.length === 0
      ? `<p>${escape(t('report.none'))}</p>`
      : `<table><thead><tr>${headers.map((h) => `<th>${escape(t(h))}</th>`).join('')}</tr></thead><tbody>${rows
          .map((cells) => `<tr>${cells.join('')}</tr>`)
          .join('')}</tbody></table>`;
  const td = (html: string, className = '') => `<td${className ? ` class="${className}"` : ''}>${html}</td>`;

  const conventions = table(
    [
      'export.column.reference',
      'export.column.convention',
      'export.column.parties',
      'report.column.status',
      'report.column.executory',
    ],
    report.conventions.map((c) => [
      td(escape(c.reference)),
      td(name(c.title)),
      td(c.partners.map((p) => `${name(p.name)} (${escape(p.country)})`).join(', ')),
      td(escape(t(`convention.status.${c.status}`))),
      td(
        c.executory
          .map(
            (side) => `${escape(side.country)} : ${escape(t(side.executory ? 'report.yes' : 'report.no'))}`,
          )
          .join(' · '),
      ),
    ]),
  );
  const meetings = table(
    ['report.column.held_on', 'export.column.reference', 'report.column.place'],
    report.meetings.map((m) => [
      td(escape(date(m.heldOn))),
      td(escape(m.reference)),
      td(`${name(m.city)} (${escape(m.country)})`),
    ]),
  );
  const decisions = table(
    ['report.column.held_on', 'export.column.reference', 'report.column.subject', 'report.column.adopted'],
    report.meetings.flatMap((m) =>
      m.decisions.map((d) => [
        td(escape(date(m.heldOn))),
        td(escape(m.reference)),
        td(name(d.subject)),
        td(escape(t(d.adopted ? 'report.yes' : 'report.no'))),
      ]),
    ),
  );
  const plans = table(
    ['export.column.reference', 'report.column.year', 'report.column.actions'],
    report.actionPlans.map((p) => [
      td(escape(p.reference)),
      td(escape(p.year)),
      td(p.items.map((item) => name(`${item.axis} — ${item.action}`)).join('<br>')),
    ]),
  );
  const evaluations = table(
    ['export.column.reference', 'report.column.period', 'report.column.findings'],
    report.evaluations.map((e) => [
      td(escape(e.reference)),
      td(`${escape(date(e.period.from))} – ${escape(date(e.period.to))}`),
      td(name(e.findings)),
    ]),
  );
  const money = table(
    [
      'export.column.reference',
      'report.column.partner',
      'apd.column.country',
      'apd.column.currency',
      'report.column.committed',
      'report.column.paid',
    ],
    report.money.map((row) => [
      td(escape(row.reference)),
      td(name(row.partner)),
      td(escape(row.country)),
      td(escape(row.currency)),
      td(escape(amount(row.committed)), 'num'),
      td(escape(amount(row.paid)), 'num'),
    ]),
  );
  const title = t('report.title', { year: report.year, organization: report.organization.name });
  return `<!doctype html>
<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="hint">${escape(t('report.print_hint'))}</p>
<h1>${escape(title)}</h1>
<h2>${escape(t('report.conventions'))}</h2>${conventions}
<h2>${escape(t('report.meetings'))}</h2>${meetings}
<h2>${escape(t('report.decisions'))}</h2>${decisions}
<h2>${escape(t('report.action_plans'))}</h2>${plans}
<h2>${escape(t('report.evaluations'))}</h2>${evaluations}
<h2>${escape(t('report.money'))}</h2>${money}
<footer>${escape(t('report.footer', { today: date(report.today) }))}</footer>
</main>
</body>
</html>`;
}
