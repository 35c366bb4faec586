import { FormEvent, useState } from 'react';
import { ActionPlanForm } from '../components/ActionPlanForm';
import { Attachments } from '../components/Attachments';
import { EvaluationForm } from '../components/EvaluationForm';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { countryName } from '../lib/countries';
import { Link } from '../lib/router';
import { useSession } from '../lib/session';
import {
  ActionPlan,
  AgendaItem,
  Convention,
  Decision,
  Evaluation,
  MeetingDetail,
  Minutes,
} from '../lib/types';
import { useApi } from '../lib/use-api';
import {
  Badge,
  Button,
  Card,
  CheckboxField,
  Loading,
  Notice,
  Page,
  SelectField,
  Table,
  TextAreaField,
  TextField,
} from '../ui';

type Vote = Decision['votes'][number]['vote'];
const VOTES: Vote[] = ['for', 'against', 'abstain', 'absent'];

export function MeetingPage({ id }: { id: string }) {
  const { t, date, locale } = useI18n();
  const { me } = useSession();
  const meeting = useApi<MeetingDetail>(`/api/meetings/${encodeURIComponent(id)}`);
  const m = meeting.data;
  const convention = useApi<Convention>(m ? `/api/conventions/${m.conventionId}` : null);
  const plans = useApi<ActionPlan[]>(m ? `/api/conventions/${m.conventionId}/action-plans` : null);
  const evaluations = useApi<Evaluation[]>(m ? `/api/conventions/${m.conventionId}/evaluations` : null);
  const [planSaved, setPlanSaved] = useState<string | null>(null);
  /** The validated plan being followed through the year (PATCH), if any. */
  const [editingPlan, setEditingPlan] = useState<string | null>(null);
  const [evaluationSaved, setEvaluationSaved] = useState<string | null>(null);
  const writable = me?.role === 'admin' || me?.role === 'officer';

  if (meeting.error)
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
  const current = m.minutes.find((minutes) => minutes.current) ?? null;
  const agenda: AgendaItem[] = m.agenda ?? [];
  const ownPlans = (plans.data ?? []).filter((plan) => plan.meetingId === m.id);
  const ownEvaluations = (evaluations.data ?? []).filter((evaluation) => evaluation.meetingId === m.id);

  return (
    <Page title={t('meeting.title_on', { date: m.heldOn, city: m.city })}>
      {convention.data && (
        <p>
          <Link to={`/conventions/${m.conventionId}`}>{convention.data.title}</Link>
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
      <Card title={t('decisions.title')}>
        <Table
          caption={t('decisions.title')}
          captionHidden
          rows={m.decisions}
          rowKey={(row) => row.id}
          empty={t('decisions.empty')}
          columns={[
            {
              header: t('decision.subject'),
              cell: (row) => (
                <>
                  {row.subject}
                  {row.agendaItem != null && agenda[row.agendaItem] && (
                    <div className="muted">
                      {t('decision.agendaItem.line', {
                        n: row.agendaItem + 1,
                        title: agenda[row.agendaItem].title,
                      })}
                    </div>
                  )}
                </>
              ),
            },
            { header: t('decision.rule'), cell: (row) => t(`rule.${row.rule}`) },
            {
              header: t('decision.votes'),
              cell: (row) =>
                row.votes
                  .map((vote) => t('decision.vote_line', { party: vote.party, vote: t(`vote.${vote.vote}`) }))
                  .join(' ; '),
            },
            {
              header: t('decision.outcome'),
              cell: (row) => (
                <>
                  <Badge tone={row.adopted ? 'success' : 'danger'}>
                    {t(row.adopted ? 'decision.adopted' : 'decision.rejected')}
                  </Badge>
                  {row.blockedBy.length > 0 && (
                    <div className="muted">
                      {t('decision.blockedBy', { parties: row.blockedBy.join(', ') })}
                    </div>
                  )}
                </>
              ),
            },
          ]}
        />
        {writable && convention.data && (
          <DecisionForm
            meetingId={m.id}
            parties={convention.data.parties.map((party) => party.name)}
            agenda={agenda}
            onSaved={reload}
          />
        )}
      </Card>
      <Card title={t('minutes.title')}>
        {!current ? (
          <p className="empty">{t('minutes.empty')}</p>
        ) : (
          <MinutesView minutes={current} writable={writable} onChange={reload} />
        )}
        {writable && (
          <MinutesForm
            meetingId={m.id}
            initial={current?.status === 'draft' ? current.text : ''}
            onSaved={reload}
          />
        )}
      </Card>
      <Card title={t('action_plans.title')}>
        {planSaved && <Notice tone="success">{planSaved}</Notice>}
        {!plans.data ? (
          <Loading label={t('common.loading')} />
        ) : ownPlans.length === 0 ? (
          <p className="empty">{t('action_plans.empty')}</p>
        ) : (
          ownPlans.map((plan) => (
            <div key={plan.id} className="stack">
              <ActionPlanView
                plan={plan}
                onEdit={
                  writable && convention.data && editingPlan === null
                    ? () => {
                        setPlanSaved(null);
                        setEditingPlan(plan.id);
                      }
                    : undefined
                }
              />
              {writable && convention.data && editingPlan === plan.id && (
                <ActionPlanForm
                  meetingId={m.id}
                  heldOn={m.heldOn}
                  parties={convention.data.parties}
                  plan={plan}
                  onCancel={() => setEditingPlan(null)}
                  onSaved={(saved) => {
                    setEditingPlan(null);
                    setPlanSaved(t('action_plan.updated', { year: saved.year }));
                    void plans.reload();
                  }}
                />
              )}
            </div>
          ))
        )}
        {/* One form at a time: the plan being edited has the same fields as a new one. */}
        {writable && convention.data && editingPlan === null && (
          <ActionPlanForm
            meetingId={m.id}
            heldOn={m.heldOn}
            parties={convention.data.parties}
            onSaved={(plan) => {
              setPlanSaved(
                plan.deadline
                  ? t('action_plan.saved.deadline', { year: plan.year, date: plan.deadline.dueOn })
                  : t('action_plan.saved', { year: plan.year }),
              );
              void plans.reload();
            }}
          />
        )}
      </Card>
      <Card title={t('evaluations.title')}>
        {evaluationSaved && <Notice tone="success">{evaluationSaved}</Notice>}
        {!evaluations.data ? (
          <Loading label={t('common.loading')} />
        ) : ownEvaluations.length === 0 ? (
          <p className="empty">{t('evaluations.empty')}</p>
        ) : (
          ownEvaluations.map((evaluation) => (
            <EvaluationView
              key={evaluation.id}
              evaluation={evaluation}
              writable={writable}
              onChange={() => void evaluations.reload()}
            />
          ))
        )}
        {writable && (
          <EvaluationForm
            meetingId={m.id}
            onSaved={(evaluation) => {
              setEvaluationSaved(
                evaluation.settles.length
                  ? t('evaluation.saved.settles', { dates: evaluation.settles.map(date).join(', ') })
                  : t('evaluation.saved'),
              );
              void evaluations.reload();
            }}
          />
        )}
      </Card>
    </Page>
  );
}

function ActionPlanView({ plan, onEdit }: { plan: ActionPlan; onEdit?(): void }) {
  const { t, date, number } = useI18n();
  const caption = t('action_plan.of_year', { year: plan.year });
  return (
    <div className="stack" data-testid="action-plan">
      <div className="row">
        <h3>{caption}</h3>
        {onEdit && (
          <Button size="sm" onClick={onEdit} aria-label={t('action_plan.edit_of', { year: plan.year })}>
            {t('action_plan.edit')}
          </Button>
        )}
      </div>
      <p className="muted">
        {t('action_plan.validatedOn', { date: plan.validatedOn })}
        {plan.deadline && <> — {t('action_plan.deadline', { date: date(plan.deadline.dueOn) })}</>}
      </p>
      <Table
        caption={caption}
        captionHidden
        rows={plan.items}
        rowKey={(_, index) => String(index)}
        empty={t('action_plan.items.empty')}
        columns={[
          { header: t('action_plan.column.axis'), cell: (row) => row.axis },
          { header: t('action_plan.column.action'), cell: (row) => row.action },
          { header: t('action_plan.column.leadParty'), cell: (row) => row.leadParty },
          {
            header: t('action_plan.column.budget'),
            align: 'end',
            cell: (row) => (row.budget == null ? '—' : `${number(row.budget)} ${row.currency ?? ''}`.trim()),
          },
          {
            header: t('action_plan.column.cofinancing'),
            cell: (row) =>
              (row.coFinancing ?? []).length === 0
                ? '—'
                : (row.coFinancing ?? []).map((line, index) => (
                    <div key={index}>
                      {line.amount == null
                        ? line.source
                        : t('action_plan.cofinancing.line', {
                            source: line.source,
                            amount: `${number(line.amount)} ${line.currency ?? ''}`.trim(),
                          })}
                    </div>
                  )),
          },
          { header: t('action_plan.column.status'), cell: (row) => t(`action_plan.status.${row.status}`) },
        ]}
      />
      {Object.keys(plan.totals).length > 0 && (
        <p>
          {t('action_plan.totals', {
            totals: Object.entries(plan.totals)
              .map(([currency, amount]) => `${number(amount)} ${currency}`)
              .join(' ; '),
          })}
        </p>
      )}
    </div>
  );
}

function EvaluationView({
  evaluation,
  writable,
  onChange,
}: {
  evaluation: Evaluation;
  writable: boolean;
  onChange(): void;
}) {
  const { t, date } = useI18n();
  const title = t('evaluation.of_period', {
    from: date(evaluation.period.from),
    to: date(evaluation.period.to),
  });
  return (
    <div className="stack" data-testid="evaluation">
      <h3>{title}</h3>
      {evaluation.settles.length > 0 && (
        <p className="muted">{t('evaluation.settles', { dates: evaluation.settles.map(date).join(', ') })}</p>
      )}
      {evaluation.indicators.length > 0 && (
        <Table
          caption={t('evaluation.indicators')}
          captionHidden
          rows={evaluation.indicators}
          rowKey={(_, index) => String(index)}
          empty=""
          columns={[
            { header: t('evaluation.column.name'), cell: (row) => row.name },
            { header: t('evaluation.column.target'), cell: (row) => row.target ?? '—' },
            { header: t('evaluation.column.value'), cell: (row) => row.value ?? '—' },
          ]}
        />
      )}
      <p className="findings">{evaluation.findings}</p>
      <h4>{t('attachments.title')}</h4>
      <Attachments
        files={evaluation.attachments ?? []}
        uploadPath={`/api/evaluations/${evaluation.id}/attachments`}
        label={t('attachments.add_to', { name: title })}
        writable={writable}
        onUploaded={onChange}
      />
    </div>
  );
}

function DecisionForm({
  meetingId,
  parties,
  agenda,
  onSaved,
}: {
  meetingId: string;
  parties: string[];
  agenda: AgendaItem[];
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [subject, setSubject] = useState('');
  const [agendaItem, setAgendaItem] = useState('');
  const [votes, setVotes] = useState<Record<string, Vote>>(() =>
    Object.fromEntries(parties.map((party) => [party, 'for'])),
  );
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const decision = await api<{ adopted: boolean; blockedBy: string[] }>(
        `/api/meetings/${meetingId}/decisions`,
        {
          method: 'POST',
          body: {
            subject,
            agendaItem: agendaItem === '' ? null : Number(agendaItem),
            votes: parties.map((party) => ({ party, vote: votes[party] })),
          },
        },
      );
      setResult(
        decision.adopted
          ? t('decision.result.adopted')
          : t('decision.result.rejected', { parties: decision.blockedBy.join(', ') }),
      );
      setSubject('');
      setAgendaItem('');
      onSaved();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('decision.new')} className="stack">
      <h3>{t('decision.new')}</h3>
      {result && <Notice tone="success">{result}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <TextField
        label={t('decision.subject')}
        required
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
      />
      {agenda.length > 0 && (
        <SelectField
          label={t('decision.agendaItem')}
          value={agendaItem}
          onChange={(event) => setAgendaItem(event.target.value)}
          options={[
            { value: '', label: t('decision.agendaItem.none') },
            ...agenda.map((item, index) => ({
              value: String(index),
              label: t('decision.agendaItem.line', { n: index + 1, title: item.title }),
            })),
          ]}
        />
      )}
      <div className="fields">
        {parties.map((party) => (
          <SelectField
            key={party}
            label={t('decision.vote_of', { party })}
            value={votes[party]}
            onChange={(event) => setVotes({ ...votes, [party]: event.target.value as Vote })}
            options={VOTES.map((vote) => ({ value: vote, label: t(`vote.${vote}`) }))}
          />
        ))}
      </div>
      <Button type="submit" variant="primary" disabled={!subject.trim()}>
        {t('decision.save')}
      </Button>
    </form>
  );
}

function MinutesView({
  minutes,
  writable,
  onChange,
}: {
  minutes: Minutes;
  writable: boolean;
  onChange(): void;
}) {
  const { t } = useI18n();
  const [signatory, setSignatory] = useState(minutes.missing[0] ?? '');
  const [error, setError] = useState<string | null>(null);
  const sign = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api(`/api/minutes/${minutes.id}/signatures`, { method: 'POST', body: { signatory } });
      onChange();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  const tone =
    minutes.status === 'executory' ? 'success' : minutes.status === 'draft' ? 'neutral' : 'warning';
  return (
    <div className="stack" data-testid="minutes">
      <p>
        {t('minutes.version', { version: minutes.version })}{' '}
        <Badge tone={tone}>{t(`minutes.status.${minutes.status}`)}</Badge>
        {minutes.executoryOn && <> {t('minutes.executoryOn', { date: minutes.executoryOn })}</>}
      </p>
      {/* The API renders the Markdown and removes raw HTML: safe to show as is. */}
      <div className="minutes-text" dangerouslySetInnerHTML={{ __html: minutes.html }} />
      <h3>{t('minutes.signatures')}</h3>
      <ul>
        {minutes.signatories.map((name) => {
          const signature = minutes.signatures.find((entry) => entry.signatory === name);
          return (
            <li key={name}>
              {name} —{' '}
              {signature ? t('minutes.signedOn', { date: signature.signedOn }) : t('minutes.unsigned')}
            </li>
          );
        })}
      </ul>
      <h3>{t('attachments.title')}</h3>
      <Attachments
        files={minutes.attachments ?? []}
        uploadPath={`/api/minutes/${minutes.id}/attachments`}
        label={t('attachments.add_to', { name: t('minutes.version', { version: minutes.version }) })}
        writable={writable}
        onUploaded={onChange}
      />
      {error && <Notice tone="error">{error}</Notice>}
      {writable && minutes.missing.length > 0 && (
        <form className="inline-form" onSubmit={(event) => void sign(event)}>
          <SelectField
            label={t('minutes.signatory')}
            value={signatory}
            onChange={(event) => setSignatory(event.target.value)}
            options={minutes.missing.map((name) => ({ value: name, label: name }))}
          />
          <Button type="submit" variant="primary">
            {t('minutes.sign')}
          </Button>
        </form>
      )}
    </div>
  );
}

function MinutesForm({
  meetingId,
  initial,
  onSaved,
}: {
  meetingId: string;
  initial: string;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const [circulate, setCirculate] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api(`/api/meetings/${meetingId}/minutes`, { method: 'POST', body: { text, circulate } });
      onSaved();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={t('minutes.write')}>
      <h3>{t('minutes.write')}</h3>
      {error && <Notice tone="error">{error}</Notice>}
      <TextAreaField
        label={t('minutes.text')}
        hint={t('minutes.text.hint')}
        required
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <CheckboxField
        label={t('minutes.circulate')}
        checked={circulate}
        onChange={(event) => setCirculate(event.target.checked)}
      />
      <Button type="submit" disabled={!text.trim()}>
        {t('minutes.save')}
      </Button>
    </form>
  );
}
