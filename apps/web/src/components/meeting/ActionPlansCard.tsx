import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Party } from '../../lib/types';
import { useGet } from '../../lib/use-api';
import { Card, Loading, Notice } from '../../ui';
import { ActionPlanForm } from '../ActionPlanForm';
import { ActionPlanView } from './ActionPlanView';

/** The action plans validated at this meeting; an officer edits one or validates another. */
export function ActionPlansCard({
  meetingId,
  conventionId,
  heldOn,
  parties,
}: {
  meetingId: string;
  conventionId: string;
  heldOn: string;
  /** The convention's parties, when the officer may write. */
  parties: Party[] | null;
}) {
  const { t } = useI18n();
  const plans = useGet('/api/conventions/{id}/action-plans', { params: { path: { id: conventionId } } });
  const [saved, setSaved] = useState<string | null>(null);
  /** The validated plan being followed through the year (PATCH), if any. */
  const [editing, setEditing] = useState<string | null>(null);
  const own = (plans.data ?? []).filter((plan) => plan.meetingId === meetingId);
  return (
    <Card title={t('action_plans.title')}>
      {saved && <Notice tone="success">{saved}</Notice>}
      {!plans.data ? (
        <Loading label={t('common.loading')} />
      ) : own.length === 0 ? (
        <p className="empty">{t('action_plans.empty')}</p>
      ) : (
        own.map((plan) => (
          <div key={plan.id} className="stack">
            <ActionPlanView
              plan={plan}
              onEdit={
                parties && editing === null
                  ? () => {
                      setSaved(null);
                      setEditing(plan.id);
                    }
                  : undefined
              }
            />
            {parties && editing === plan.id && (
              <ActionPlanForm
                meetingId={meetingId}
                heldOn={heldOn}
                parties={parties}
                plan={plan}
                onCancel={() => setEditing(null)}
                onSaved={(updated) => {
                  setEditing(null);
                  setSaved(t('action_plan.updated', { year: updated.year }));
                  void plans.reload();
                }}
              />
            )}
          </div>
        ))
      )}
      {/* One form at a time: the plan being edited has the same fields as a new one. */}
      {parties && editing === null && (
        <ActionPlanForm
          meetingId={meetingId}
          heldOn={heldOn}
          parties={parties}
          onSaved={(plan) => {
            setSaved(
              plan.deadline
                ? t('action_plan.saved.deadline', { year: plan.year, date: plan.deadline.dueOn })
                : t('action_plan.saved', { year: plan.year }),
            );
            void plans.reload();
          }}
        />
      )}
    </Card>
  );
}
