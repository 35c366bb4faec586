import { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ConventionStatus, DeadlineKind, DeadlineStatus } from '../lib/types';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

const DEADLINE_TONES: Record<DeadlineStatus, Tone> = {
  upcoming: 'neutral',
  due: 'warning',
  overdue: 'danger',
  done: 'success',
  waived: 'neutral',
  lapsed: 'neutral',
};

const CONVENTION_TONES: Record<ConventionStatus, Tone> = {
  draft: 'neutral',
  awaiting_signatures: 'warning',
  in_force: 'success',
  expired: 'neutral',
  terminated: 'danger',
};

export function DeadlineStatusBadge({ status }: { status: DeadlineStatus }) {
  const { t } = useI18n();
  return <Badge tone={DEADLINE_TONES[status]}>{t(`deadline.status.${status}`)}</Badge>;
}

export function ConventionStatusBadge({ status }: { status: ConventionStatus }) {
  const { t } = useI18n();
  return <Badge tone={CONVENTION_TONES[status]}>{t(`convention.status.${status}`)}</Badge>;
}

/** One colour per deadline kind, dark enough for white text (WCAG AA, 4.5:1 and more). */
export const KIND_COLOURS: Record<DeadlineKind, string> = {
  expiry: '#b91c1c',
  renewal_notice: '#c2410c',
  tacit_renewal: '#15803d',
  renewal_decision: '#6d28d9',
  evaluation: '#0369a1',
  action_plan: '#1d4ed8',
  committee_meeting: '#0f766e',
  minutes_signature: '#a21caf',
  amendment_approval: '#854d0e',
  prefecture_review: '#374151',
  apd_declaration: '#9f1239',
};

export function KindBadge({ kind }: { kind: DeadlineKind }) {
  const { t } = useI18n();
  return (
    <span className="kind">
      <span className="kind-swatch" style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" />
      {t(`deadline.kind.${kind}`)}
    </span>
  );
}
