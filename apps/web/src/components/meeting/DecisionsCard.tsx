import { useI18n } from '../../i18n/i18n';
import { AgendaItem, Decision } from '../../lib/types';
import { Badge, Card, Table } from '../../ui';
import { DecisionForm } from './DecisionForm';

export function DecisionsCard({
  meetingId,
  decisions,
  agenda,
  parties,
  onSaved,
}: {
  meetingId: string;
  decisions: Decision[];
  agenda: AgendaItem[];
  /** The convention's parties, when the officer may record a decision. */
  parties: string[] | null;
  onSaved(): void;
}) {
  const { t } = useI18n();
  return (
    <Card title={t('decisions.title')}>
      <Table
        caption={t('decisions.title')}
        captionHidden
        rows={decisions}
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
      {parties && <DecisionForm meetingId={meetingId} parties={parties} agenda={agenda} onSaved={onSaved} />}
    </Card>
  );
}
