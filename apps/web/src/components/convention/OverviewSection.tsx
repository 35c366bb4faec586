import { useI18n } from '../../i18n/i18n';
import { CLAUSE_NAMES } from '../../lib/types';
import { useGet } from '../../lib/use-api';
import { Card, Loading } from '../../ui';
import { ClauseFacts, ClauseSourceQuote } from '../ClauseFacts';
import { KeyDates } from './KeyDates';
import { PartiesTable } from './PartiesTable';
import { ConventionSectionProps } from './section';

/** The convention at a glance: key dates, checklist, parties, clauses with their quotes. */
export function OverviewSection({ convention: c, revision }: ConventionSectionProps) {
  const { t } = useI18n();
  const compliance = useGet('/api/conventions/{id}/compliance', { params: { path: { id: c.id } } }, revision);
  const clauses = CLAUSE_NAMES.filter((name) => c.clauses[name]);
  return (
    <>
      <div className="grid">
        <Card title={t('convention.summary')}>
          <KeyDates convention={c} revision={revision} />
          {c.object && (
            <>
              <h3>{t('convention.object')}</h3>
              <p>{c.object}</p>
            </>
          )}
        </Card>
        <Card title={t('convention.compliance')}>
          {!compliance.data ? (
            <Loading label={t('common.loading')} />
          ) : (
            <ul className="checklist" data-testid="compliance">
              {compliance.data.map((item, index) => (
                <li key={`${item.rule}:${index}`}>
                  <span className={item.ok ? 'check-ok' : 'check-ko'} aria-hidden="true">
                    {item.ok ? '✓' : '✗'}
                  </span>
                  <span>
                    <strong>{t(`compliance.rule.${item.rule}`)}</strong>
                    <span className="visually-hidden">
                      {' '}
                      — {t(item.ok ? 'compliance.ok' : 'compliance.ko')}
                    </span>{' '}
                    — {item.detail}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title={t('convention.parties')}>
        <PartiesTable parties={c.parties} />
      </Card>
      <Card title={t('convention.clauses')}>
        {clauses.length === 0 ? (
          <p className="empty">{t('convention.clauses.empty')}</p>
        ) : (
          <ul className="clause-list">
            {clauses.map((name) => (
              <li key={name}>
                <h3>{t(`clause.${name}`)}</h3>
                <ClauseFacts name={name} clauses={c.clauses} />
                <ClauseSourceQuote source={c.clauses[name]?.source} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
