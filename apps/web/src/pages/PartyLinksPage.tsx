import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, formErrors } from '../lib/api';
import { useSession } from '../lib/session';
import { useApi } from '../lib/use-api';
import { Badge, Button, Card, Loading, Notice, Page, Table } from '../ui';

/** GET /api/party-links: one party of a convention naming an organization, and its consent. */
export interface PartyLink {
  id: string;
  conventionId: string;
  conventionReference: string;
  conventionTitle: string;
  partyName: string;
  organizationId: string;
  organizationName: string;
  requestedByOrganizationName: string | null;
  requestedAt: string;
  status: 'pending' | 'accepted' | 'refused' | 'withdrawn';
  answeredAt: string | null;
}

const TONE = { pending: 'warning', accepted: 'success', refused: 'danger', withdrawn: 'neutral' } as const;

/**
 * Another organization wrote a convention naming ours as a party: until an officer accepts here,
 * we do not see it and receive none of its reminders. The title shown is the writer's, not ours.
 */
export function PartyLinksPage() {
  const { t, date } = useI18n();
  const { me } = useSession();
  const links = useApi<{ incoming: PartyLink[]; outgoing: PartyLink[] }>('/api/party-links');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const canAnswer = me?.role === 'officer' || me?.role === 'admin';

  const answer = async (link: PartyLink, decision: 'accept' | 'refuse') => {
    setBusy(link.id);
    setMessage(null);
    try {
      await api(`/api/party-links/${link.id}/${decision}`, { method: 'POST' });
      setMessage({
        tone: 'success',
        text: t(`party_links.${decision}ed`, { reference: link.conventionReference }),
      });
      await links.reload();
    } catch (caught) {
      setMessage({ tone: 'error', text: formErrors(caught).message });
    } finally {
      setBusy(null);
    }
  };

  const common = [
    {
      header: t('party_links.convention'),
      cell: (row: PartyLink) => (
        <>
          <strong>{row.conventionReference}</strong>
          <div className="muted">{row.conventionTitle}</div>
        </>
      ),
    },
    { header: t('party_links.party'), cell: (row: PartyLink) => row.partyName },
    { header: t('party_links.requested_on'), cell: (row: PartyLink) => date(row.requestedAt.slice(0, 10)) },
    {
      header: t('party_links.status'),
      cell: (row: PartyLink) => (
        <Badge tone={TONE[row.status]}>{t(`party_links.status.${row.status}`)}</Badge>
      ),
    },
  ];

  return (
    <Page title={t('party_links.title')}>
      <p className="muted">{t('party_links.intro')}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {links.error && <Notice tone="error">{links.error.message}</Notice>}
      {!links.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <>
          <Card title={t('party_links.incoming')}>
            <Table
              caption={t('party_links.incoming')}
              captionHidden
              rows={links.data.incoming}
              rowKey={(row) => row.id}
              empty={t('party_links.incoming_empty')}
              columns={[
                {
                  header: t('party_links.requested_by'),
                  cell: (row) => row.requestedByOrganizationName ?? t('party_links.unknown_organization'),
                },
                ...common,
                {
                  header: t('party_links.answer'),
                  cell: (row) =>
                    row.status === 'pending' && canAnswer ? (
                      <div className="actions">
                        <Button
                          variant="primary"
                          size="sm"
                          disabled={busy === row.id}
                          onClick={() => void answer(row, 'accept')}
                          aria-label={t('party_links.accept_label', { reference: row.conventionReference })}
                        >
                          {t('party_links.accept')}
                        </Button>
                        <Button
                          size="sm"
                          disabled={busy === row.id}
                          onClick={() => void answer(row, 'refuse')}
                          aria-label={t('party_links.refuse_label', { reference: row.conventionReference })}
                        >
                          {t('party_links.refuse')}
                        </Button>
                      </div>
                    ) : row.answeredAt ? (
                      date(row.answeredAt.slice(0, 10))
                    ) : null,
                },
              ]}
            />
          </Card>
          <Card title={t('party_links.outgoing')}>
            <Table
              caption={t('party_links.outgoing')}
              captionHidden
              rows={links.data.outgoing}
              rowKey={(row) => row.id}
              empty={t('party_links.outgoing_empty')}
              columns={[
                { header: t('party_links.asked_of'), cell: (row) => row.organizationName },
                ...common,
              ]}
            />
          </Card>
        </>
      )}
    </Page>
  );
}
