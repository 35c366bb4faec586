import { useI18n } from '../../i18n/i18n';
import { Deadline, EVENT_KINDS } from '../../lib/types';
import { useGet } from '../../lib/use-api';
import { useOwners } from '../../lib/use-owners';
import { Card, DeadlineStatusBadge, KindBadge, Loading, SelectField, Table, useToast } from '../../ui';
import { DeadlineActions } from '../DeadlineActions';
import { ExportLinks } from '../ExportLinks';
import { ConventionSectionProps } from './section';

const OPEN = new Set(['upcoming', 'due', 'overdue']);

export function DeadlinesSection({ convention: c, writable, revision, changed }: ConventionSectionProps) {
  const { t, date } = useI18n();
  const { notify } = useToast();
  const deadlines = useGet(
    '/api/conventions/{id}/deadlines',
    { params: { path: { id: c.id }, query: {} } },
    revision,
  );
  const owners = useOwners(c.id, revision);
  const officers = owners.data?.officers ?? [];
  const officerOptions = officers.map((officer) => ({ value: officer.userId, label: officer.name }));
  const label = (row: Deadline) => `${t(`deadline.kind.${row.kind}`)}, ${date(row.dueOn)}`;
  const withOwners = Boolean(owners.data);

  const setLead = async (userId: string | null) => {
    await owners.setLead(userId);
    notify(t('owner.lead.saved'));
    changed();
  };

  const reassign = async (row: Deadline, userId: string) => {
    await owners.assign(row.kind, row.dueOn, userId === '' ? null : userId);
    const name = officers.find((officer) => officer.userId === userId)?.name ?? owners.data?.lead?.name;
    notify(
      name
        ? t('owner.assigned', { name: label(row), owner: name })
        : t('owner.cleared', { name: label(row) }),
    );
    changed();
  };

  return (
    <Card
      title={t('convention.deadlines')}
      actions={
        <ExportLinks base={`/api/exports/conventions/${c.id}/deadlines`} name={t('convention.deadlines')} />
      }
    >
      {owners.data && (
        <div className="row owner-lead">
          {writable ? (
            <SelectField
              label={t('owner.lead')}
              hint={t('owner.lead.hint')}
              value={owners.data.lead?.userId ?? ''}
              onChange={(event) => void setLead(event.target.value || null)}
              options={[{ value: '', label: t('owner.nobody') }, ...officerOptions]}
            />
          ) : (
            <p>
              {t('owner.lead')} : {owners.data.lead?.name ?? t('owner.nobody')}
            </p>
          )}
        </div>
      )}
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
                  {row.record?.doneOn && row.status === 'done' && (
                    <div className="muted">{t('deadline.done_on', { date: row.record.doneOn })}</div>
                  )}
                </>
              ),
            },
            ...(withOwners
              ? [
                  {
                    header: t('owner.column'),
                    cell: (row: Deadline) => {
                      if (EVENT_KINDS.includes(row.kind)) return '—';
                      const { owner, byDefault } = owners.ownerOf(row.kind, row.dueOn);
                      if (!writable || !OPEN.has(row.status)) return owner ? owner.name : '—';
                      return (
                        <SelectField
                          className="compact"
                          label={t('owner.of', { name: label(row) })}
                          labelHidden
                          value={byDefault ? '' : (owner?.userId ?? '')}
                          onChange={(event) => void reassign(row, event.target.value)}
                          options={[
                            {
                              value: '',
                              label: owners.data?.lead
                                ? t('owner.default', { name: owners.data.lead.name })
                                : t('owner.nobody'),
                            },
                            ...officerOptions,
                          ]}
                        />
                      );
                    },
                  },
                ]
              : []),
            {
              header: t('common.actions'),
              cell: (row) =>
                writable ? (
                  <DeadlineActions
                    conventionId={c.id}
                    kind={row.kind}
                    dueOn={row.dueOn}
                    status={row.status}
                    label={label(row)}
                    onChange={changed}
                  />
                ) : null,
            },
          ]}
        />
      )}
    </Card>
  );
}
