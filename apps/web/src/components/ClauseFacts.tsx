import { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ClauseName, Clauses } from '../lib/types';

/** The bodies the seeds and the extraction name; anything else is the text's own words. */
const APPROVERS: Record<string, true> = { committee: true, councils: true, parties: true };

/** What a clause says, as label/value pairs in the interface's language. */
export function ClauseFacts({ name, clauses }: { name: ClauseName; clauses: Clauses }) {
  const { t, date } = useI18n();
  const facts: Array<[string, ReactNode]> = [];
  const yes = (value: boolean | undefined) => t(value ? 'common.yes' : 'common.no');
  // « 3 ans » rather than « 36 mois » when the text counts in years.
  const months = (value: number | null | undefined) =>
    value
      ? value % 12 === 0
        ? t('common.years', { count: value / 12 })
        : t('common.months', { count: value })
      : null;
  const days = (value: number | null | undefined) => (value ? t('common.days', { count: value }) : null);
  switch (name) {
    case 'term': {
      const c = clauses.term;
      if (!c) break;
      facts.push([t('clause.term.start'), t(`clause.term.start.${c.start}`)]);
      if (c.startDate) facts.push([t('clause.term.startDate'), date(c.startDate)]);
      facts.push([
        t('clause.term.duration'),
        c.indefinite ? t('clause.term.indefinite') : (months(c.durationMonths) ?? '—'),
      ]);
      break;
    }
    case 'renewal': {
      const c = clauses.renewal;
      if (!c) break;
      facts.push([t('clause.renewal.mode'), t(`clause.renewal.mode.${c.mode}`)]);
      if (c.periodMonths) facts.push([t('clause.renewal.period'), months(c.periodMonths)]);
      if (c.mode === 'tacit')
        facts.push([t('clause.renewal.maxRenewals'), c.maxRenewals ?? t('clause.renewal.unlimited')]);
      const notice = months(c.noticeMonths) ?? days(c.noticeDays);
      if (notice) facts.push([t('clause.renewal.notice'), notice]);
      break;
    }
    case 'termination': {
      const c = clauses.termination;
      if (!c) break;
      facts.push([t('clause.termination.anyTime'), yes(c.anyTime)]);
      const notice = months(c.noticeMonths) ?? days(c.noticeDays);
      if (notice) facts.push([t('clause.termination.notice'), notice]);
      break;
    }
    case 'actionPlan': {
      const c = clauses.actionPlan;
      if (!c) break;
      facts.push([
        t('clause.actionPlan.deadline'),
        t(c.yearOffset ? 'clause.actionPlan.deadline.offset' : 'clause.actionPlan.deadline.same', {
          day: c.deadlineDay,
          month: t(`month.${c.deadlineMonth}`),
          count: Math.abs(c.yearOffset ?? 0),
        }),
      ]);
      if (c.approvedBy)
        facts.push([
          t('clause.actionPlan.approvedBy'),
          c.approvedBy in APPROVERS ? t(`clause.actionPlan.approvedBy.${c.approvedBy}`) : c.approvedBy,
        ]);
      break;
    }
    case 'evaluation': {
      const c = clauses.evaluation;
      if (!c) break;
      facts.push([t('clause.evaluation.annual'), yes(c.annual)]);
      facts.push([t('clause.evaluation.beforeRenewal'), yes(c.beforeRenewal)]);
      facts.push([t('clause.evaluation.atTerm'), yes(c.atTerm)]);
      if (c.leadMonths) facts.push([t('clause.evaluation.lead'), months(c.leadMonths)]);
      break;
    }
    case 'committee': {
      const c = clauses.committee;
      if (!c) break;
      if (c.name) facts.push([t('clause.committee.name'), c.name]);
      facts.push([t('clause.committee.perYear'), c.minMeetingsPerYear ?? '—']);
      facts.push([t('clause.committee.alternatingHost'), yes(c.alternatingHost)]);
      if (c.decisionRule) facts.push([t('clause.committee.decisionRule'), t(`rule.${c.decisionRule}`)]);
      if (c.minutesSignatories?.length)
        facts.push([t('clause.committee.signatories'), c.minutesSignatories.join(' ; ')]);
      break;
    }
    case 'amendment': {
      const c = clauses.amendment;
      if (!c) break;
      facts.push([t('clause.amendment.rule'), t(`rule.${c.rule}`)]);
      break;
    }
  }
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ClauseSourceQuote({ source }: { source?: { article?: string; quote?: string } | null }) {
  const { t } = useI18n();
  if (!source || (!source.article && !source.quote)) return null;
  return (
    <figure className="clause-source">
      {source.article && (
        <figcaption className="article">{t('clause.article', { article: source.article })}</figcaption>
      )}
      {source.quote && (
        <blockquote className="quote">
          <p>{t('clause.quote', { quote: source.quote })}</p>
        </blockquote>
      )}
    </figure>
  );
}
