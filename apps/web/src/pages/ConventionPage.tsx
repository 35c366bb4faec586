import { useState } from 'react';
import { AmendmentForm } from '../components/AmendmentForm';
import { ClauseFacts, ClauseSourceQuote } from '../components/ClauseFacts';
import { ConventionDocuments } from '../components/ConventionDocuments';
import { ExecutorySides } from '../components/ExecutorySides';
import { DeadlineActions } from '../components/DeadlineActions';
import { ExportLinks } from '../components/ExportLinks';
import { LogMeetingForm } from '../components/LogMeetingForm';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { countryName } from '../lib/countries';
import { Link, useRouter } from '../lib/router';
import { useSession } from '../lib/session';
import {
  Amendment,
  CLAUSE_NAMES,
  ComplianceItem,
  Convention,
  Deadline,
  HistoryEntry,
  Meeting,
  StoredFile,
} from '../lib/types';
import { useApi } from '../lib/use-api';
import {
  Badge,
  Button,
  ButtonLink,
  Card,
  ConventionStatusBadge,
  DeadlineStatusBadge,
  KindBadge,
  Loading,
  Notice,
  Page,
  Table,
} from '../ui';

function canWrite(role: string | undefined): boolean {
  return role === 'admin' || role === 'officer';
}

export function ConventionPage({ id }: { id: string }) {
  const { t, date, locale } = useI18n();
  const { me } = useSession();
  const base = `/api/conventions/${encodeURIComponent(id)}`;
  const convention = useApi<Convention>(base);
  const deadlines = useApi<Deadline[]>(`${base}/deadlines`);
  const compliance = useApi<ComplianceItem[]>(`${base}/compliance`);
  const history = useApi<HistoryEntry[]>(`${base}/history`);
  const meetings = useApi<{ items: Meeting[]; warnings: Array<{ code: string; message: string }> }>(
    `${base}/meetings`,
  );
  const amendments = useApi<Amendment[]>(`${base}/amendments`);
  const documents = useApi<StoredFile[]>(`${base}/documents`);
  const following = useApi<Array<{ conventionId: string; following: boolean }>>('/api/me/following');
  const [followBusy, setFollowBusy] = useState(false);

  if (convention.error)
    return (
      <Page title={t('convention.one')}>
        <Notice tone="error">{t('convention.not_found')}</Notice>
      </Page>
    );
  const c = convention.data;
  if (!c)
    return (
      <Page title={t('convention.one')}>
        <Loading label={t('common.loading')} />
      </Page>
    );

  const afterRecord = () => {
    void deadlines.reload();
    void compliance.reload();
    void history.reload();
  };
  const isFollowing = following.data?.find((entry) => entry.conventionId === c.id)?.following ?? true;
  const toggleFollow = async () => {
    setFollowBusy(true);
    try {
      await api(`${base}/follow`, { method: 'POST', body: { following: !isFollowing } });
      await following.reload();
    } finally {
      setFollowBusy(false);
    }
  };
  const writable = canWrite(me?.role);
  const clauses = CLAUSE_NAMES.filter((name) => c.clauses[name]);

  return (
    <Page
      title={c.title}
      actions={
        <>
          {writable && (
            <ButtonLink to={`/conventions/${c.id}/edit`} variant="primary">
              {t('convention.edit')}
            </ButtonLink>
          )}
          <ButtonLink
            external
            to={`/api/exports/conventions/${c.id}/summary?lang=${locale}`}
            target="_blank"
            rel="noopener"
          >
            {t('convention.print')}
          </ButtonLink>
          <Button
            onClick={() => void toggleFollow()}
            disabled={followBusy || !following.data}
            aria-pressed={isFollowing}
          >
            {t(isFollowing ? 'convention.following' : 'convention.follow')}
          </Button>
        </>
      }
    >
      <div className="grid">
        <Card title={t('convention.summary')}>
          <dl className="facts">
            <dt>{t('convention.reference')}</dt>
            <dd>{c.reference}</dd>
            <dt>{t('convention.status')}</dt>
            <dd>
              <ConventionStatusBadge status={c.status} />
            </dd>
            <dt>{t('convention.instrument')}</dt>
            <dd>{t(`convention.instrument.${c.instrument}`)}</dd>
            {c.effectiveOn && (
              <>
                <dt>{t('convention.effectiveOn')}</dt>
                <dd>{date(c.effectiveOn)}</dd>
              </>
            )}
            {c.terminatedOn && (
              <>
                <dt>{t('convention.terminatedOn')}</dt>
                <dd>{date(c.terminatedOn)}</dd>
              </>
            )}
            <dt>{t('convention.timeZone')}</dt>
            <dd>{c.timeZone}</dd>
          </dl>
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
        <Table
          caption={t('convention.parties')}
          captionHidden
          rows={c.parties}
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
            {
              header: t('party.prefectureTransmissionOn'),
              cell: (row) => date(row.prefectureTransmissionOn),
            },
          ]}
        />
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

      <Card
        title={t('convention.deadlines')}
        actions={
          <ExportLinks base={`/api/exports/conventions/${c.id}/deadlines`} name={t('convention.deadlines')} />
        }
      >
        {!deadlines.data ? (
          <Loading label={t('common.loading')} />
        ) : (
          <Table
            caption={t('convention.deadlines')}
            captionHidden
            rows={deadlines.data}
            rowKey={(row) => `${row.kind}:${row.dueOn}`}
            empty={t('convention.deadlines.empty')}
            columns={[
              { header: t('deadline.due_on'), cell: (row) => date(row.dueOn) },
              { header: t('deadline.kind'), cell: (row) => <KindBadge kind={row.kind} /> },
              {
                header: t('deadline.source'),
                cell: (row) =>
                  row.source?.article ? t('clause.article', { article: row.source.article }) : '—',
              },
              {
                header: t('deadline.status'),
                cell: (row) => (
                  <>
                    <DeadlineStatusBadge status={row.status} />
                    {row.record?.reason && <div className="muted">{row.record.reason}</div>}
                  </>
                ),
              },
              {
                header: t('common.actions'),
                cell: (row) =>
                  writable ? (
                    <DeadlineActions
                      conventionId={c.id}
                      kind={row.kind}
                      dueOn={row.dueOn}
                      status={row.status}
                      label={`${t(`deadline.kind.${row.kind}`)}, ${date(row.dueOn)}`}
                      onChange={afterRecord}
                    />
                  ) : null,
              },
            ]}
          />
        )}
      </Card>

      <MeetingsCard
        convention={c}
        meetings={meetings.data}
        onLogged={() => void meetings.reload()}
        writable={writable}
      />
      <AmendmentsCard
        conventionId={c.id}
        amendments={amendments.data}
        onChange={() => void amendments.reload()}
        writable={writable}
      />

      <Card title={t('executory.title')}>
        <ExecutorySides convention={c} writable={writable} onSaved={() => void convention.reload()} />
      </Card>

      <Card title={t('documents.title')}>
        {!documents.data ? (
          <Loading label={t('common.loading')} />
        ) : (
          <ConventionDocuments
            conventionId={c.id}
            files={documents.data}
            writable={writable}
            onUploaded={() => {
              void documents.reload();
              void history.reload();
            }}
          />
        )}
      </Card>

      <Card title={t('convention.history')}>
        {!history.data ? (
          <Loading label={t('common.loading')} />
        ) : (
          <Table
            caption={t('convention.history')}
            captionHidden
            rows={history.data}
            rowKey={(row) => row.id}
            empty={t('convention.history.empty')}
            columns={[
              {
                header: t('history.at'),
                cell: (row) => `${date(row.at.slice(0, 10))} ${row.at.slice(11, 16)}`,
              },
              { header: t('history.action'), cell: (row) => <Badge>{row.action}</Badge> },
              { header: t('history.entity'), cell: (row) => row.entity },
              { header: t('history.actor'), cell: (row) => row.actor ?? '—' },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}

function MeetingsCard({
  convention,
  meetings,
  onLogged,
  writable,
}: {
  convention: Convention;
  meetings: { items: Meeting[]; warnings: Array<{ code: string; message: string }> } | undefined;
  onLogged(): void;
  writable: boolean;
}) {
  const { t, date, locale } = useI18n();
  const { navigate } = useRouter();
  const [open, setOpen] = useState(false);

  return (
    <Card
      title={t('meetings.title')}
      actions={
        writable && !open ? <Button onClick={() => setOpen(true)}>{t('meetings.log')}</Button> : undefined
      }
    >
      {meetings?.warnings.map((warning, index) => (
        <Notice key={index} tone="info">
          {warning.message}
        </Notice>
      ))}
      {!meetings ? (
        <Loading label={t('common.loading')} />
      ) : (
        <Table
          caption={t('meetings.title')}
          captionHidden
          rows={meetings.items}
          rowKey={(row) => row.id}
          empty={t('meetings.empty')}
          columns={[
            {
              header: t('meeting.heldOn'),
              cell: (row) => <Link to={`/meetings/${row.id}`}>{date(row.heldOn)}</Link>,
            },
            {
              header: t('meeting.place'),
              cell: (row) => `${row.city} (${countryName(row.country, locale)})`,
            },
            { header: t('meeting.host'), cell: (row) => row.hostParty },
            { header: t('meeting.attendees'), cell: (row) => row.attendees.length },
          ]}
        />
      )}
      {open && (
        <LogMeetingForm
          convention={convention}
          onCancel={() => setOpen(false)}
          onLogged={(meetingId) => {
            onLogged();
            navigate(`/meetings/${meetingId}`);
          }}
        />
      )}
    </Card>
  );
}

function AmendmentsCard({
  conventionId,
  amendments,
  onChange,
  writable,
}: {
  conventionId: string;
  amendments: Amendment[] | undefined;
  onChange(): void;
  writable: boolean;
}) {
  const { t, date } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [proposing, setProposing] = useState(false);
  const answer = async (amendment: Amendment, party: string, decision: 'approved' | 'refused') => {
    setError(null);
    try {
      await api(`/api/amendments/${amendment.id}/approvals`, { method: 'POST', body: { party, decision } });
      onChange();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <Card
      title={t('amendments.title')}
      actions={
        writable && !proposing ? (
          <Button onClick={() => setProposing(true)}>{t('amendment.propose')}</Button>
        ) : undefined
      }
    >
      {error && <Notice tone="error">{error}</Notice>}
      {proposing && (
        <AmendmentForm
          conventionId={conventionId}
          onCancel={() => setProposing(false)}
          onProposed={() => {
            setProposing(false);
            onChange();
          }}
        />
      )}
      {!amendments ? (
        <Loading label={t('common.loading')} />
      ) : (
        <Table
          caption={t('amendments.title')}
          captionHidden
          rows={amendments}
          rowKey={(row) => row.id}
          empty={t('amendments.empty')}
          columns={[
            { header: t('amendment.number'), cell: (row) => row.number ?? '—' },
            { header: t('amendment.title'), cell: (row) => row.title ?? row.text.slice(0, 120) },
            { header: t('amendment.proposedOn'), cell: (row) => date(row.proposedOn) },
            {
              header: t('amendment.status'),
              cell: (row) => (
                <>
                  <Badge
                    tone={
                      row.status === 'in_force' ? 'success' : row.status === 'refused' ? 'danger' : 'warning'
                    }
                  >
                    {t(`amendment.status.${row.status}`)}
                  </Badge>
                  {row.inForceOn && <div className="muted">{date(row.inForceOn)}</div>}
                </>
              ),
            },
            {
              header: t('amendment.missing'),
              cell: (row) =>
                row.missing.length === 0
                  ? '—'
                  : row.missing.map((party) => (
                      <div key={party} className="row">
                        <span>{party}</span>
                        {writable && row.status === 'proposed' && (
                          <>
                            <Button
                              size="sm"
                              aria-label={t('amendment.approve_for', { party })}
                              onClick={() => void answer(row, party, 'approved')}
                            >
                              {t('amendment.approve')}
                            </Button>
                            <Button
                              size="sm"
                              variant="danger"
                              aria-label={t('amendment.refuse_for', { party })}
                              onClick={() => void answer(row, party, 'refused')}
                            >
                              {t('amendment.refuse')}
                            </Button>
                          </>
                        )}
                      </div>
                    )),
            },
          ]}
        />
      )}
    </Card>
  );
}
