import { DeadlineActions } from '../components/DeadlineActions';
import { DeliveryCard } from '../components/DeliveryAlert';
import { useI18n } from '../i18n/i18n';
import { Link } from '../lib/router';
import { useSession } from '../lib/session';
import { ComplianceAlert, DashboardDeadline, Section } from '../lib/types';
import { useGet } from '../lib/use-api';
import { Card, DeadlineStatusBadge, KindBadge, Loading, Notice, Page, Reference, Table } from '../ui';

function Count({ section }: { section: Section<unknown> }) {
  const { t } = useI18n();
  return (
    <span className="count">
      {t('dashboard.count', { shown: section.items.length, total: section.total })}
    </span>
  );
}

function DeadlineTable({
  caption,
  section,
  empty,
  onChange,
  showActions = true,
}: {
  caption: string;
  section: Section<DashboardDeadline>;
  empty: string;
  onChange(): void;
  showActions?: boolean;
}) {
  const { t, date } = useI18n();
  return (
    <Table
      caption={caption}
      captionHidden
      rows={section.items}
      rowKey={(row) => `${row.conventionId}:${row.kind}:${row.dueOn}`}
      empty={empty}
      stack
      columns={[
        { header: t('deadline.due_on'), cell: (row) => date(row.dueOn) },
        { header: t('deadline.kind'), cell: (row) => <KindBadge kind={row.kind} /> },
        {
          header: t('convention.one'),
          cell: (row) => (
            <>
              <Link to={row.conventionId ? `/conventions/${row.conventionId}` : '/apd'}>
                {row.conventionTitle}
              </Link>
              <div className="muted">
                <Reference code={row.reference} />
              </div>
              {row.tacitRenewalOn && (
                <div className="muted">{t('dashboard.tacit_renewal_on', { date: row.tacitRenewalOn })}</div>
              )}
            </>
          ),
        },
        { header: t('deadline.status'), cell: (row) => <DeadlineStatusBadge status={row.status} /> },
        ...(showActions
          ? [
              {
                header: t('common.actions'),
                cell: (row: DashboardDeadline) =>
                  // The APD declaration is recorded on its own page, not on a convention.
                  row.conventionId === null ? null : (
                    <DeadlineActions
                      conventionId={row.conventionId}
                      kind={row.kind}
                      dueOn={row.dueOn}
                      status={row.status}
                      label={`${t(`deadline.kind.${row.kind}`)}, ${row.reference}, ${date(row.dueOn)}`}
                      onChange={onChange}
                      allowWaive={false}
                    />
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** Where "complete" takes the officer: the part of the editor the missing item is in. */
function completeLink(alert: ComplianceAlert): string {
  const base = `/conventions/${alert.conventionId}/edit`;
  return alert.rule === 'financial_commitment_stated' ? `${base}?section=commitments` : base;
}

export function DashboardPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const dashboard = useGet('/api/dashboard', { params: { query: { limit: 25 } } });
  const mine = useGet(me?.role === 'officer' ? '/api/me/deadlines' : null);
  // Asked once the deadlines are in: both are CPU work on the same API process, and the deadlines come first.
  const compliance = useGet(dashboard.data || dashboard.error ? '/api/dashboard/compliance' : null, {
    params: { query: { limit: 25 } },
  });
  const data = dashboard.data;
  const reload = () => {
    void dashboard.reload();
    void mine.reload();
  };
  return (
    <Page title={t('dashboard.title')}>
      {dashboard.error && <Notice tone="error">{dashboard.error.message}</Notice>}
      {!data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="stack" data-testid="dashboard">
          {mine.data && (
            <Card
              title={
                <>
                  {t('dashboard.mine')} <Count section={mine.data} />
                </>
              }
            >
              <DeadlineTable
                caption={t('dashboard.mine')}
                section={mine.data}
                empty={t('dashboard.mine.empty')}
                onChange={reload}
              />
            </Card>
          )}
          <DeliveryCard />
          <Card
            title={
              <>
                {t('dashboard.overdue')} <Count section={data.overdue} />
              </>
            }
          >
            <DeadlineTable
              caption={t('dashboard.overdue')}
              section={data.overdue}
              empty={t('dashboard.overdue.empty')}
              onChange={reload}
            />
          </Card>
          <Card
            title={
              <>
                {t('dashboard.this_week')} <Count section={data.thisWeek} />
              </>
            }
          >
            <DeadlineTable
              caption={t('dashboard.this_week')}
              section={data.thisWeek}
              empty={t('dashboard.this_week.empty')}
              onChange={reload}
            />
          </Card>
          <Card
            title={
              <>
                {t('dashboard.next_90_days')} <Count section={data.next90Days} />
              </>
            }
          >
            <DeadlineTable
              caption={t('dashboard.next_90_days')}
              section={data.next90Days}
              empty={t('dashboard.next_90_days.empty')}
              onChange={reload}
            />
          </Card>
          <Card
            title={
              <>
                {t('dashboard.ending')} <Count section={data.endingWithin12Months} />
              </>
            }
          >
            <DeadlineTable
              caption={t('dashboard.ending')}
              section={data.endingWithin12Months}
              empty={t('dashboard.ending.empty')}
              onChange={reload}
              showActions={false}
            />
          </Card>
          <Card
            title={
              <>
                {t('dashboard.compliance')} {compliance.data && <Count section={compliance.data.alerts} />}
              </>
            }
          >
            {compliance.error && <Notice tone="error">{compliance.error.message}</Notice>}
            {!compliance.data ? (
              <Loading label={t('common.loading')} />
            ) : (
              <Table
                caption={t('dashboard.compliance')}
                captionHidden
                rows={compliance.data.alerts.items}
                rowKey={(row, index) => `${row.conventionId}:${row.rule}:${index}`}
                stack
                empty={t('dashboard.compliance.empty')}
                columns={[
                  {
                    header: t('convention.one'),
                    cell: (row) => (
                      <>
                        <Link to={`/conventions/${row.conventionId}`}>{row.conventionTitle}</Link>
                        <div className="muted">
                          <Reference code={row.reference} />
                        </div>
                      </>
                    ),
                  },
                  { header: t('compliance.rule'), cell: (row) => t(`compliance.rule.${row.rule}`) },
                  { header: t('compliance.detail'), cell: (row) => row.detail },
                  {
                    header: t('common.actions'),
                    cell: (row) => (
                      <Link
                        to={completeLink(row)}
                        aria-label={t('dashboard.compliance.complete_for', { name: row.reference })}
                      >
                        {t('dashboard.compliance.complete')}
                      </Link>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </div>
      )}
    </Page>
  );
}
