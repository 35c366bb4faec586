import { useI18n } from '../../i18n/i18n';
import { ActionPlan } from '../../lib/types';
import { Button, Table } from '../../ui';

export function ActionPlanView({ plan, onEdit }: { plan: ActionPlan; onEdit?(): void }) {
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
