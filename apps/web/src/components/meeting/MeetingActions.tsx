import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { api, ApiError } from '../../lib/api';
import { useRouter } from '../../lib/router';
import { MeetingDetail } from '../../lib/types';
import { Button, Notice, useToast } from '../../ui';

/**
 * Correct or delete a meeting: offered until its minutes are executory (the API's rule,
 * docs/api.md#correcting-or-deleting-a-meeting); from then on the page says why not.
 */
export function MeetingActions({ meeting, onEdit }: { meeting: MeetingDetail; onEdit(): void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { notify } = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  if (meeting.minutes.some((minutes) => minutes.status === 'executory'))
    return <p className="muted">{t('meeting.locked')}</p>;
  const remove = async () => {
    setBusy(true);
    try {
      await api(`/api/meetings/${meeting.id}`, { method: 'DELETE' });
      notify(t('meeting.deleted', { date: meeting.heldOn }));
      navigate(`/conventions/${meeting.conventionId}?section=meetings`);
    } catch (caught) {
      if (!(caught instanceof ApiError) || caught.status !== 409) throw caught;
      setRefused(true);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="primary" onClick={onEdit}>
        {t('meeting.edit')}
      </Button>
      {confirming ? (
        <span className="row" role="group" aria-label={t('meeting.delete.confirm_title')}>
          <span>{t('meeting.delete.confirm')}</span>
          <Button variant="danger" disabled={busy} onClick={() => void remove()}>
            {t('meeting.delete.yes')}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </span>
      ) : (
        <Button variant="ghost" onClick={() => setConfirming(true)}>
          {t('meeting.delete')}
        </Button>
      )}
      {refused && <Notice tone="error">{t('meeting.delete.refused')}</Notice>}
    </>
  );
}
