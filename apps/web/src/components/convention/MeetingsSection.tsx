import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { countryName } from '../../lib/countries';
import { Link, useRouter } from '../../lib/router';
import { useGet } from '../../lib/use-api';
import { Button, Card, Loading, Notice, Table } from '../../ui';
import { LogMeetingForm } from '../LogMeetingForm';
import { ConventionSectionProps } from './section';

export function MeetingsSection({ convention, writable, revision, changed }: ConventionSectionProps) {
  const { t, date, locale } = useI18n();
  const { navigate } = useRouter();
  const [open, setOpen] = useState(false);
  const meetings = useGet(
    '/api/conventions/{id}/meetings',
    { params: { path: { id: convention.id } } },
    revision,
  );
  return (
    <Card
      title={t('meetings.title')}

      actions={
        writable && !open ? <Button onClick={() => setOpen(true)}>{t('meetings.log')}</Button> : undefined
      }
    >
      {meetings.data?.warnings.map((warning, index) => (
        <Notice key={index} tone="info">
          {warning.message}
        </Notice>
      ))}
      {!meetings.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <Table
          caption={t('meetings.title')}
          captionHidden
          rows={meetings.data.items}
          rowKey={(row) => row.id}
          empty={t('meetings.empty')}
          columns={[
            {
              header: t('meeting.heldOn'),
              cell: (row) => <Link to={`/meetings/${row.id}`}>{date(row.heldOn)}</Link>,
            },
            {
              header: t('meeting.place'),
              cell: (row) => `${row.city} (${countryName(row.country, locale)})`,
            },
            { header: t('meeting.host'), cell: (row) => row.hostParty },
            { header: t('meeting.attendees'), cell: (row) => row.attendees.length },
          ]}
        />
      )}
      {open && (
        <LogMeetingForm
          convention={convention}
          onCancel={() => setOpen(false)}
          onLogged={(meetingId) => {
            changed();
            navigate(`/meetings/${meetingId}?created=1`);
          }}
        />
      )}
    </Card>
  );
}
