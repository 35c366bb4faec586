import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { Convention } from '../../lib/types';
import { useGet } from '../../lib/use-api';
import { useRouter } from '../../lib/router';
import { Button, ButtonLink, useToast } from '../../ui';

/** The page's actions: edit (the one primary), print, follow. */
export function ConventionActions({
  convention: c,
  writable,
}: {
  convention: Convention;
  writable: boolean;
}) {
  const { t, locale } = useI18n();
  const following = useGet('/api/me/following');
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { navigate } = useRouter();
  const { notify } = useToast();
  const remove = async () => {
    setBusy(true);
    try {
      await api(`/api/conventions/${c.id}`, { method: 'DELETE' });
      notify(t('convention.deleted', { reference: c.reference }));
      navigate('/conventions');
    } finally {
      setBusy(false);
    }
  };
  const isFollowing = following.data?.find((entry) => entry.conventionId === c.id)?.following ?? true;
  const toggleFollow = async () => {
    setBusy(true);
    try {
      await api(`/api/conventions/${c.id}/follow`, { method: 'POST', body: { following: !isFollowing } });
      await following.reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {writable && (
        <ButtonLink to={`/conventions/${c.id}/edit`} variant="primary">
          {t('convention.edit')}
        </ButtonLink>
      )}
      <ButtonLink
        external
        to={`/api/exports/conventions/${c.id}/summary?lang=${locale}`}
        target="_blank"
        rel="noopener"
      >
        {t('convention.print')}
      </ButtonLink>
      <Button
        onClick={() => void toggleFollow()}
        disabled={busy || !following.data}
        aria-pressed={isFollowing}
      >
        {t(isFollowing ? 'convention.following' : 'convention.follow')}
      </Button>
      {writable &&
        (deleting ? (
          <span className="row" role="group" aria-label={t('convention.delete.confirm_title')}>
            <span>{t('convention.delete.confirm', { reference: c.reference })}</span>
            <Button variant="danger" disabled={busy} onClick={() => void remove()}>
              {t('convention.delete.yes')}
            </Button>
            <Button variant="ghost" onClick={() => setDeleting(false)}>
              {t('common.cancel')}
            </Button>
          </span>
        ) : (
          <Button variant="ghost" onClick={() => setDeleting(true)}>
            {t('convention.delete')}
          </Button>
        ))}
    </>
  );
}
