import { FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { AgendaItem, Decision } from '../../lib/types';
import { Button, Notice, SelectField, TextField } from '../../ui';

type Vote = Decision['votes'][number]['vote'];
const VOTES: Vote[] = ['for', 'against', 'abstain', 'absent'];

export function DecisionForm({
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
