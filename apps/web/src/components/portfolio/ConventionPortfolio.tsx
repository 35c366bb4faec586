import './portfolio.css';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../lib/use-api';
import { Badge, Card, Loading, Table } from '../../ui';
import { budgetTotals, Contact, ImpreciseDate, PortfolioView, Project } from './portfolio-types';

/** « 26 mars 1998 », « mars 1998 », « automne 2007 », « 1989 »: never more precise than the source. */
function useImpreciseDate() {
  const { t, date, locale } = useI18n();
  return (value: ImpreciseDate | null) => {
    if (!value) return t('portfolio.date.none');
    if (value.precision === 'day') return date(value.value);
    const year = value.value.slice(0, 4);
    if (value.precision === 'year') return year;
    if (value.precision === 'season') return t(`portfolio.season.${value.value.slice(5)}`, { year });
    return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${value.value}-01T00:00:00Z`));
  };
}

function useMoney() {
  const { locale } = useI18n();
  return (amount: number | null, currency: string | null) =>
    amount === null || !currency
      ? '—'
      : new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
          style: 'currency',
          currency,
          maximumFractionDigits: 2,
        }).format(amount);
}

function SourceLines({ from, to }: { from: number | null | undefined; to?: number | null }) {
  const { t } = useI18n();
  if (!from) return null;
  return (
    <span className="source-lines">
      {to && to !== from
        ? t('portfolio.source.lines', { from, to })
        : t('portfolio.source.line', { line: from })}
    </span>
  );
}

function ProjectItem({ project }: { project: Project }) {
  const { t } = useI18n();
  const money = useMoney();
  const when = useImpreciseDate();
  const tone =
    project.status === 'done' ? 'neutral' : project.status === 'in_progress' ? 'success' : 'warning';
  return (
    <article className="stack portfolio-project">
      <h3 className="card-title">
        {project.title} <Badge tone={tone}>{t(`portfolio.project.status.${project.status}`)}</Badge>
      </h3>
      <p className="muted">
        {project.period ?? (project.startsOn ? when(project.startsOn) : '')}{' '}
        {project.domains.length > 0 && `· ${project.domains.join(', ')}`}{' '}
        <SourceLines from={project.lineFrom} to={project.lineTo} />
      </p>
      {project.objectives && <p className="pre-line">{project.objectives}</p>}
      {project.projectOwner && <p>{t('portfolio.project.owner', { owner: project.projectOwner })}</p>}
      {project.beneficiaries && (
        <p>{t('portfolio.project.beneficiaries', { beneficiaries: project.beneficiaries })}</p>
      )}
      {project.budgetLines.length > 0 && (
        <Table
          caption={t('portfolio.budget.caption', { title: project.title })}
          captionHidden
          rows={project.budgetLines}
          rowKey={(_row, index) => String(index)}
          empty={t('portfolio.budget.empty')}
          columns={[
            { header: t('portfolio.budget.contributor'), cell: (row) => row.contributor ?? '—' },
            { header: t('portfolio.budget.role'), cell: (row) => t(`portfolio.budget.role.${row.role}`) },
            {
              header: t('portfolio.budget.kind'),
              cell: (row) => (row.contributorKind ? t(`portfolio.budget.kind.${row.contributorKind}`) : '—'),
            },
            {
              header: t('portfolio.budget.nature'),
              cell: (row) => (row.nature ? t(`portfolio.budget.nature.${row.nature}`) : '—'),
            },
            {
              header: t('portfolio.budget.amount'),
              align: 'end',
              cell: (row) => money(row.amount, row.currency),
            },
            { header: t('portfolio.source'), cell: (row) => <SourceLines from={row.line} /> },
          ]}
        />
      )}
    </article>
  );
}

function ContactItem({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  return (
    <li className="portfolio-contact">
      <strong>{contact.name ?? t(`portfolio.contact.role.${contact.role}`)}</strong>
      {contact.name && ` — ${t(`portfolio.contact.role.${contact.role}`)}`}
      {contact.title && <div>{contact.title}</div>}
      {contact.address && <div className="pre-line">{contact.address}</div>}
      {contact.phone && <div>{t('portfolio.contact.phone', { phone: contact.phone })}</div>}
      {contact.email && (
        <div>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </div>
      )}
      <div className="muted">
        {contact.asOf && t('portfolio.contact.as_of', { date: contact.asOf })}{' '}
        <SourceLines from={contact.line} />
      </div>
    </li>
  );
}

/**
 * A convention's portfolio (issue 17): projects and budget lines with totals per currency and per
 * contributor, the partnership's history as a timeline, contacts per party, and the source lines
 * of what was imported, shown like a clause's quote.
 */
export function ConventionPortfolio({ conventionId }: { conventionId: string }) {
  const { t, number } = useI18n();
  const portfolio = useApi<PortfolioView>(`/api/conventions/${conventionId}/portfolio`);
  const when = useImpreciseDate();
  const money = useMoney();
  if (!portfolio.data) return <Loading label={t('common.loading')} />;
  const { projects, history, contacts, profiles, importRecord } = portfolio.data;
  const totals = budgetTotals(projects);
  const parties = [
    ...new Set([...profiles.map((profile) => profile.party), ...contacts.map((contact) => contact.party)]),
  ];
  return (
    <>
      {importRecord && (
        <Card title={t('portfolio.source.title')}>
          <p>
            {t(`portfolio.source.${importRecord.source === 'spreadsheet' ? 'spreadsheet' : 'repertoire'}`)}{' '}
            <SourceLines from={importRecord.lineFrom} to={importRecord.lineTo} />
          </p>
          {importRecord.rawInstrument && (
            <blockquote className="quote">{importRecord.rawInstrument}</blockquote>
          )}
          {importRecord.state !== 'agreement' && (
            <Badge tone="warning">{t(`portfolio.state.${importRecord.state}`)}</Badge>
          )}
        </Card>
      )}
      <Card title={t('portfolio.projects.title')}>
        {projects.length === 0 ? (
          <p className="empty">{t('portfolio.projects.empty')}</p>
        ) : (
          <div className="stack">
            <Table
              caption={t('portfolio.totals.currency')}
              rows={totals.byCurrency}
              rowKey={(row) => row.currency}
              empty={t('portfolio.budget.empty')}
              columns={[
                { header: t('portfolio.totals.currency_column'), cell: (row) => row.currency },
                {
                  header: t('portfolio.budget.amount'),
                  align: 'end',
                  cell: (row) => money(row.amount, row.currency),
                },
              ]}
            />
            <Table
              caption={t('portfolio.totals.contributor')}
              rows={totals.byContributor}
              rowKey={(row) => `${row.contributor}|${row.currency}`}
              empty={t('portfolio.budget.empty')}
              columns={[
                { header: t('portfolio.budget.contributor'), cell: (row) => row.contributor },
                {
                  header: t('portfolio.budget.kind'),
                  cell: (row) => (row.kind ? t(`portfolio.budget.kind.${row.kind}`) : '—'),
                },
                {
                  header: t('portfolio.budget.amount'),
                  align: 'end',
                  cell: (row) => money(row.amount, row.currency),
                },
              ]}
            />
            {projects.map((project) => (
              <ProjectItem key={project.id} project={project} />
            ))}
          </div>
        )}
      </Card>
      <Card title={t('portfolio.history.title')}>
        {history.length === 0 ? (
          <p className="empty">{t('portfolio.history.empty')}</p>
        ) : (
          <ol className="timeline">
            {history.map((event, index) => (
              <li key={index}>
                <strong>{when(event.date)}</strong> — {t(`portfolio.history.kind.${event.kind}`)}
                {event.party && ` (${event.party})`}
                <blockquote className="quote">{event.words}</blockquote>
                <SourceLines from={event.line} />
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title={t('portfolio.contacts.title')}>
        {parties.length === 0 ? (
          <p className="empty">{t('portfolio.contacts.empty')}</p>
        ) : (
          <div className="stack">
            {parties.map((party) => {
              const profile = profiles.find((item) => item.party === party);
              return (
                <section key={party} aria-label={party}>
                  <h3 className="card-title">{party}</h3>
                  {profile?.population && (
                    <p>{t('portfolio.population', { population: number(profile.population) })}</p>
                  )}
                  {profile && profile.domains.length > 0 && (
                    <p>{t('portfolio.domains', { domains: profile.domains.join(', ') })}</p>
                  )}
                  <ul className="stack">
                    {contacts
                      .filter((contact) => contact.party === party)
                      .map((contact, index) => (
                        <ContactItem key={index} contact={contact} />
                      ))}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
      </Card>
    </>
  );
}
