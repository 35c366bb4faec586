import { useState } from 'react';
import { LogMeetingForm } from '../components/LogMeetingForm';
import { ActionPlansCard } from '../components/meeting/ActionPlansCard';
import { DecisionsCard } from '../components/meeting/DecisionsCard';
import { EvaluationsCard } from '../components/meeting/EvaluationsCard';
import { MeetingActions } from '../components/meeting/MeetingActions';
import { MinutesCard } from '../components/meeting/MinutesCard';
import { useI18n } from '../i18n/i18n';
import { countryName } from '../lib/countries';
import { Link, useRouter } from '../lib/router';
import { useSession } from '../lib/session';
import { AgendaItem } from '../lib/types';
import { useGet } from '../lib/use-api';
import { Card, Loading, Notice, Page, Table, useToast } from '../ui';

/** A committee meeting: what was decided, the minutes and their signatures, plans and evaluations. */
export function MeetingPage({ id }: { id: string }) {
  const { t, date, locale } = useI18n();
  const { me } = useSession();
  const { search } = useRouter();
  const meeting = useGet('/api/meetings/{id}', { params: { path: { id } } });
  const m = meeting.data;
  const convention = useGet(m ? '/api/conventions/{id}' : null, {
    params: { path: { id: m?.conventionId ?? '' } },
  });
  const writable = me?.role === 'admin' || me?.role === 'officer';
  const [editing, setEditing] = useState(false);
  // « Réunion enregistrée » belongs to the creation: not shown once the meeting was corrected.
  const [corrected, setCorrected] = useState(false);
  const { notify } = useToast();

  if (meeting.error && !m)
    return (
      <Page title={t('meeting.title')}>
        <Notice tone="error">{t('meeting.not_found')}</Notice>
      </Page>
    );
  if (!m)
    return (
      <Page title={t('meeting.title')}>
        <Loading label={t('common.loading')} />
      </Page>
    );
  const reload = () => void meeting.reload();
  const agenda: AgendaItem[] = m.agenda ?? [];
  const parties = writable && convention.data ? convention.data.parties : null;

  const actions =
    writable && convention.data && !editing ? (
      <MeetingActions meeting={m} onEdit={() => setEditing(true)} />
    ) : undefined;
  if (editing && convention.data)
    return (
      <Page title={t('meeting.title_on', { date: m.heldOn, city: m.city })}>
        <LogMeetingForm
          convention={convention.data}
          meeting={m}
          onCancel={() => setEditing(false)}
          onLogged={() => {
            setEditing(false);
            setCorrected(true);
            notify(t('meeting.updated'));
            reload();
          }}
        />
      </Page>
    );

  return (
    <Page title={t('meeting.title_on', { date: m.heldOn, city: m.city })} actions={actions}>
      {search.get('created') === '1' && !corrected && <Notice tone="success">{t('meeting.created')}</Notice>}
      {convention.data && (
        <p>
          <Link to={`/conventions/${m.conventionId}?section=meetings`}>{convention.data.title}</Link>
        </p>
      )}
      {m.warnings.map((warning, index) => (
        <Notice key={index}>{warning.message}</Notice>
      ))}
      <div className="grid">
        <Card title={t('meeting.summary')}>
          <dl className="facts">
            <dt>{t('meeting.heldOn')}</dt>
            <dd>{date(m.heldOn)}</dd>
            <dt>{t('meeting.place')}</dt>
            <dd>{`${m.city} (${countryName(m.country, locale)})`}</dd>
            <dt>{t('meeting.host')}</dt>
            <dd>{m.hostParty}</dd>
            {m.convenedBy && (
              <>
                <dt>{t('meeting.convenedBy')}</dt>
                <dd>{m.convenedBy}</dd>
              </>
            )}
          </dl>
        </Card>
        <Card title={t('meeting.attendees')}>
          <Table
            caption={t('meeting.attendees')}
            captionHidden
            rows={m.attendees}
            rowKey={(row, index) => `${row.party}:${row.name}:${index}`}
            empty={t('meeting.attendees.empty')}
            columns={[
              { header: t('party.name'), cell: (row) => row.party },
              { header: t('meeting.attendee'), cell: (row) => row.name },
              { header: t('meeting.role'), cell: (row) => row.role ?? '—' },
            ]}
          />
        </Card>
      </div>
      <Card title={t('meeting.agenda')}>
        {agenda.length === 0 ? (
          <p className="empty">{t('meeting.agenda.empty')}</p>
        ) : (
          <ol className="agenda" data-testid="agenda">
            {agenda.map((item, index) => (
              <li key={index}>
                <strong>{item.title}</strong>
                {item.description && <p className="muted">{item.description}</p>}
              </li>
            ))}
          </ol>
        )}
      </Card>
      <DecisionsCard
        meetingId={m.id}
        decisions={m.decisions}
        agenda={agenda}
        parties={parties ? parties.map((party) => party.name) : null}
        onSaved={reload}
      />
      <MinutesCard meetingId={m.id} minutes={m.minutes} writable={writable} onChange={reload} />
      <ActionPlansCard meetingId={m.id} conventionId={m.conventionId} heldOn={m.heldOn} parties={parties} />
      <EvaluationsCard meetingId={m.id} conventionId={m.conventionId} writable={writable} />
    </Page>
  );
}
