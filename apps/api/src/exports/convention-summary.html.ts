import { ComplianceView, ConventionView, DeadlineView } from '@passerelle/application';
import { ClauseKind, IsoDate, summarizeTerms } from '@passerelle/domain';
import { formatDateLong, Locale, translate } from '@passerelle/i18n';

const CLAUSES: ClauseKind[] = [
  'term',
  'renewal',
  'termination',
  'actionPlan',
  'evaluation',
  'committee',
  'amendment',
];

function escape(value: string | number | null | undefined): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

/** Fits one A4 page: small type, two columns where the screen has room, nothing that prints blank. */
const STYLE = `
  @page { size: A4; margin: 12mm; }
  * { box-sizing: border-box; }
  body { font: 10pt/1.35 system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
  h1 { font-size: 15pt; margin: 0 0 2mm; }
  h2 { font-size: 11pt; margin: 4mm 0 1.5mm; border-bottom: 1px solid #999; padding-bottom: 0.5mm; }
  p { margin: 0 0 1.5mm; }
  .meta { color: #333; }
  table { width: 100%; border-collapse: collapse; font-size: 9pt; }
  th, td { text-align: start; border-bottom: 1px solid #ccc; padding: 0.8mm 1mm; vertical-align: top; }
  th { background: #eee; }
  .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; }
  .clause { margin: 0 0 1.5mm; }
  .clause q { font-style: italic; color: #333; }
  .ok { color: #166534; font-weight: 700; }
  .ko { color: #991b1b; font-weight: 700; }
  ul.checks { list-style: none; padding: 0; margin: 0; font-size: 9pt; }
  .hint { color: #555; font-size: 9pt; border: 1px dashed #999; padding: 2mm; margin-bottom: 3mm; }
  footer { margin-top: 4mm; color: #555; font-size: 8pt; }
  @media print { .hint { display: none; } body { padding: 0; } }
`;

export interface SummaryInput {
  convention: ConventionView;
  deadlines: DeadlineView[];
  compliance: ComplianceView[];
  today: IsoDate;
  locale: Locale;
}

/** The printable one-page summary of a convention (fiche de synthèse), plain HTML without scripts. */
export function renderConventionSummary({
  convention,
  deadlines,
  compliance,
  today,
  locale,
}: SummaryInput): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const date = (value: string | null | undefined) => (value ? formatDateLong(value, locale) : '—');
  const terms = summarizeTerms(convention);
  const open = deadlines
    .filter((deadline) => ['upcoming', 'due', 'overdue'].includes(deadline.status))
    .slice(0, 10);
  const clauses = CLAUSES.filter((name) => convention.clauses[name]);

  const parties = convention.parties
    .map(
      (party) => `<tr><td>${escape(party.name)} (${escape(party.country)})</td>
        <td>${escape([party.representative, party.representativeTitle].filter(Boolean).join(', ') || '—')}</td>
        <td>${escape(date(party.deliberationOn))}</td><td>${escape(date(party.signedOn))}</td>
        <td>${escape(date(party.prefectureTransmissionOn))}</td></tr>`,
    )
    .join('');
  const clauseLines = clauses
    .map((name) => {
      const source = convention.clauses[name]?.source;
      return `<p class="clause"><strong>${escape(t(`export.clause.${name}`))}</strong>${
        source
          ? ` — ${escape(t('export.summary.article', { article: source.article }))} : <q>${escape(source.quote)}</q>`
          : ''
      }</p>`;
    })
    .join('');
  const deadlineRows = open
    .map(
      (
        deadline,
      ) => `<tr><td>${escape(date(deadline.dueOn))}</td><td>${escape(t(`deadline.kind.${deadline.kind}`))}</td>
        <td>${escape(t(`deadline.status.${deadline.status}`))}</td><td>${escape(deadline.source?.article ?? '')}</td></tr>`,
    )
    .join('');
  const checks = compliance
    .map(
      (item) =>
        `<li><span class="${item.ok ? 'ok' : 'ko'}">${item.ok ? '✓' : '✗'}</span> <strong>${escape(
          t(`compliance.rule.${item.rule}`),
        )}</strong> — ${escape(item.detail)}</li>`,
    )
    .join('');

  return `<!doctype html>
<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(convention.reference)} — ${escape(t('export.summary.title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="hint">${escape(t('export.summary.print_hint'))}</p>
<h1>${escape(convention.title)}</h1>
<p class="meta">${escape(convention.reference)} · ${escape(t(`convention.instrument.${convention.instrument}`))} · ${escape(
    t(`convention.status.${convention.status}`),
  )} · ${escape(
    terms.startsOn
      ? t('export.summary.in_force', {
          from: date(terms.startsOn),
          to: terms.endsOn ? date(terms.endsOn) : t('export.summary.open_ended'),
        })
      : t('export.summary.no_start'),
  )}</p>
${convention.object ? `<p>${escape(convention.object)}</p>` : ''}
<h2>${escape(t('export.summary.parties'))}</h2>
<table><thead><tr><th>${escape(t('export.column.parties'))}</th><th>${escape(t('export.summary.representative'))}</th>
<th>${escape(t('export.summary.deliberation'))}</th><th>${escape(t('export.summary.signature'))}</th><th>${escape(
    t('export.summary.prefecture'),
  )}</th></tr></thead><tbody>${parties}</tbody></table>
<h2>${escape(t('export.summary.clauses'))}</h2>
${clauseLines || `<p>${escape(t('export.summary.none'))}</p>`}
<div class="cols">
<section><h2>${escape(t('export.summary.deadlines'))}</h2>
${
  deadlineRows
    ? `<table><thead><tr><th>${escape(t('export.column.due_on'))}</th><th>${escape(t('export.column.kind'))}</th><th>${escape(
        t('export.column.status'),
      )}</th><th>${escape(t('export.column.article'))}</th></tr></thead><tbody>${deadlineRows}</tbody></table>`
    : `<p>${escape(t('export.summary.none'))}</p>`
}</section>
<section><h2>${escape(t('export.summary.compliance'))}</h2><ul class="checks">${checks}</ul></section>
</div>
<footer>${escape(t('export.summary.footer', { today: date(today) }))}</footer>
</main>
</body>
</html>`;
}
