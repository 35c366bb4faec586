import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { Amendment } from '../../lib/types';
import { useGet } from '../../lib/use-api';
import { Badge, Button, Card, Loading, Notice, Table } from '../../ui';
import { AmendmentForm } from '../AmendmentForm';
import { ConventionSectionProps } from './section';

export function AmendmentsSection({ convention, writable, revision, changed }: ConventionSectionProps) {
  const { t, date } = useI18n();
  const amendments = useGet(
    '/api/conventions/{id}/amendments',
    { params: { path: { id: convention.id } } },
    revision,
  );
  const [error, setError] = useState<string | null>(null);
  const [proposing, setProposing] = useState(false);
  const answer = async (amendment: Amendment, party: string, decision: 'approved' | 'refused') => {
    setError(null);
    try {
      await api(`/api/amendments/${amendment.id}/approvals`, { method: 'POST', body: { party, decision } });
      changed();
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
          conventionId={convention.id}
          onCancel={() => setProposing(false)}
          onProposed={() => {
            setProposing(false);
            changed();
          }}
        />
      )}
      {!amendments.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <Table
          caption={t('amendments.title')}
          captionHidden
          rows={amendments.data}
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
