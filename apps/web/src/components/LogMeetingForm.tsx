import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, fieldError, FormErrors, formErrors } from '../lib/api';
import { countryName } from '../lib/countries';
import { Convention, LogMeetingBody, Meeting, UpdateMeetingBody } from '../lib/types';
import { Button, Notice, SelectField, TextAreaField, TextField } from '../ui';

interface AttendeeRow {
  party: string;
  name: string;
  role: string;
  /** The first attendee of each party: its party is in the label, not chosen. */
  fixed: boolean;
}

/** The rows of the attendees' fieldset: each party's first attendee in a row of its own (fixed). */
function attendeeRows(parties: string[], meeting?: Meeting): AttendeeRow[] {
  const logged = meeting?.attendees ?? [];
  const rows: AttendeeRow[] = parties.map((party) => {
    const first = logged.find((attendee) => attendee.party === party);
    return { party, name: first?.name ?? '', role: first?.role ?? '', fixed: true };
  });
  const firsts = new Set(parties.map((party) => logged.find((attendee) => attendee.party === party)));
  for (const attendee of logged)
    if (!firsts.has(attendee))
      rows.push({ party: attendee.party, name: attendee.name, role: attendee.role ?? '', fixed: false });
  return rows;
}

/**
 * Logs a committee meeting (`POST /api/conventions/:id/meetings`), or corrects one logged
 * (`PATCH /api/meetings/:id`, given `meeting`): date, place, host, who convened it, the agenda
 * and the attendees. The API's 4xx is shown beside the field it names.
 */
export function LogMeetingForm({
  convention,
  meeting,
  onLogged,
  onCancel,
}: {
  convention: Convention;
  meeting?: Meeting;
  onLogged(meetingId: string): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const parties = convention.parties.map((party) => party.name);
  const countries = [...new Set(convention.parties.map((party) => party.country))].sort();
  const countryOf = (name: string) => convention.parties.find((party) => party.name === name)?.country;
  const [form, setForm] = useState(() => ({
    heldOn: meeting?.heldOn ?? '',
    city: meeting?.city ?? '',
    hostParty: meeting?.hostParty ?? parties[0] ?? '',
    country: meeting?.country ?? countryOf(parties[0] ?? '') ?? countries[0] ?? 'FR',
    convenedBy: meeting?.convenedBy ?? '',
  }));
  const [agenda, setAgenda] = useState<Array<{ title: string; description: string }>>(() =>
    (meeting?.agenda ?? []).map((item) => ({ title: item.title, description: item.description ?? '' })),
  );
  const [attendees, setAttendees] = useState<AttendeeRow[]>(() => attendeeRows(parties, meeting));
  const title = meeting ? t('meeting.edit') : t('meetings.log');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);
  const error = (field: string) => fieldError(errors, field);

  // Indexes sent to the API: blank rows are left out, so a field error names the kept row's index.
  const keptAgenda = agenda
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.title.trim() || item.description.trim());
  const keptAttendees = attendees
    .map((attendee, index) => ({ attendee, index }))
    .filter(({ attendee }) => attendee.name.trim());
  const agendaError = (index: number, field: string) => {
    const sent = keptAgenda.findIndex((entry) => entry.index === index);
    return sent < 0 ? null : error(`agenda[${sent}].${field}`);
  };
  const attendeeError = (index: number, field: string) => {
    const sent = keptAttendees.findIndex((entry) => entry.index === index);
    return sent < 0 ? null : error(`attendees[${sent}].${field}`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    setSaving(true);
    try {
      const url = meeting ? `/api/meetings/${meeting.id}` : `/api/conventions/${convention.id}/meetings`;
      // Typed from the OpenAPI document (LogMeetingDto, UpdateMeetingDto): the API's fields, not a copy.
      const body: LogMeetingBody & UpdateMeetingBody = {
        heldOn: form.heldOn,
        city: form.city,
        country: form.country,
        hostParty: form.hostParty,
        convenedBy: form.convenedBy.trim() || null,
        agenda: keptAgenda.map(({ item }) => ({
          title: item.title.trim(),
          description: item.description.trim() || null,
        })),
        attendees: keptAttendees.map(({ attendee }) => ({
          party: attendee.party,
          name: attendee.name.trim(),
          role: attendee.role.trim() || null,
        })),
      };
      const saved = await api<{ id: string }>(url, { method: meeting ? 'PATCH' : 'POST', body });
      onLogged(saved.id);
    } catch (caught) {
      setErrors(formErrors(caught));
    } finally {
      setSaving(false);
    }
  };

  const setAgendaItem = (index: number, patch: Partial<{ title: string; description: string }>) =>
    setAgenda(agenda.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const setAttendee = (index: number, patch: Partial<AttendeeRow>) =>
    setAttendees(attendees.map((attendee, i) => (i === index ? { ...attendee, ...patch } : attendee)));

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={title}>
      <h3>{title}</h3>
      {errors && <Notice tone="error">{errors.message}</Notice>}
      <div className="fields">
        <TextField
          label={t('meeting.heldOn')}
          type="date"
          required
          value={form.heldOn}
          error={error('heldOn')}
          onChange={(event) => setForm({ ...form, heldOn: event.target.value })}
        />
        <TextField
          label={t('meeting.city')}
          required
          maxLength={200}
          value={form.city}
          error={error('city')}
          onChange={(event) => setForm({ ...form, city: event.target.value })}
        />
        <SelectField
          label={t('meeting.host')}
          value={form.hostParty}
          error={error('hostParty')}
          onChange={(event) =>
            setForm({
              ...form,
              hostParty: event.target.value,
              country: countryOf(event.target.value) ?? form.country,
            })
          }
          options={parties.map((party) => ({ value: party, label: party }))}
        />
        <SelectField
          label={t('meeting.country')}
          hint={t('meeting.country.hint')}
          value={form.country}
          error={error('country')}
          onChange={(event) => setForm({ ...form, country: event.target.value })}
          options={countries.map((code) => ({ value: code, label: countryName(code, locale) }))}
        />
        <TextField
          label={t('meeting.convenedBy')}
          hint={t('meeting.convenedBy.hint')}
          maxLength={200}
          value={form.convenedBy}
          error={error('convenedBy')}
          onChange={(event) => setForm({ ...form, convenedBy: event.target.value })}
        />
      </div>

      <fieldset className="group">
        <legend>{t('meeting.agenda')}</legend>
        {agenda.length === 0 && <p className="muted">{t('meeting.agenda.empty')}</p>}
        {agenda.map((item, index) => (
          <div className="repeat" key={index}>
            <div className="fields">
              <TextField
                label={t('meeting.agenda.item', { n: index + 1 })}
                required
                maxLength={500}
                value={item.title}
                error={agendaError(index, 'title')}
                onChange={(event) => setAgendaItem(index, { title: event.target.value })}
              />
              <TextAreaField
                label={t('meeting.agenda.description', { n: index + 1 })}
                rows={2}
                maxLength={4000}
                value={item.description}
                error={agendaError(index, 'description')}
                onChange={(event) => setAgendaItem(index, { description: event.target.value })}
              />
            </div>
            <Button size="sm" variant="ghost" onClick={() => setAgenda(agenda.filter((_, i) => i !== index))}>
              {t('meeting.agenda.remove', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <Button size="sm" onClick={() => setAgenda([...agenda, { title: '', description: '' }])}>
          {t('meeting.agenda.add')}
        </Button>
      </fieldset>

      <fieldset className="group">
        <legend>{t('meeting.attendees')}</legend>
        {attendees.map((attendee, index) =>
          attendee.fixed ? (
            <div className="fields" key={index}>
              <TextField
                label={t('meeting.attendee.name', { party: attendee.party })}
                maxLength={200}
                value={attendee.name}
                error={attendeeError(index, 'name')}
                onChange={(event) => setAttendee(index, { name: event.target.value })}
              />
              <TextField
                label={t('meeting.attendee.role', { party: attendee.party })}
                maxLength={200}
                value={attendee.role}
                error={attendeeError(index, 'role')}
                onChange={(event) => setAttendee(index, { role: event.target.value })}
              />
            </div>
          ) : (
            <div className="repeat" key={index}>
              <div className="fields">
                <SelectField
                  label={t('meeting.attendee.party_n', { n: index + 1 })}
                  value={attendee.party}
                  error={attendeeError(index, 'party')}
                  onChange={(event) => setAttendee(index, { party: event.target.value })}
                  options={parties.map((party) => ({ value: party, label: party }))}
                />
                <TextField
                  label={t('meeting.attendee.name_n', { n: index + 1 })}
                  maxLength={200}
                  value={attendee.name}
                  error={attendeeError(index, 'name')}
                  onChange={(event) => setAttendee(index, { name: event.target.value })}
                />
                <TextField
                  label={t('meeting.attendee.role_n', { n: index + 1 })}
                  maxLength={200}
                  value={attendee.role}
                  error={attendeeError(index, 'role')}
                  onChange={(event) => setAttendee(index, { role: event.target.value })}
                />
              </div>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setAttendees(attendees.filter((_, i) => i !== index))}
              >
                {t('meeting.attendee.remove', { n: index + 1 })}
              </Button>
            </div>
          ),
        )}
        <Button
          size="sm"
          onClick={() =>
            setAttendees([...attendees, { party: parties[0] ?? '', name: '', role: '', fixed: false }])
          }
        >
          {t('meeting.attendee.add')}
        </Button>
      </fieldset>
      <div className="row">
        <Button type="submit" variant="primary" disabled={saving}>
          {meeting ? t('meeting.edit.save') : t('meetings.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
