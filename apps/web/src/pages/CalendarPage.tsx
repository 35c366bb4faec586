import { DatesSetArg, EventClickArg, EventInput, EventSourceFuncArg } from '@fullcalendar/core';
import arLocale from '@fullcalendar/core/locales/ar-ma';
import enLocale from '@fullcalendar/core/locales/en-gb';
import frLocale from '@fullcalendar/core/locales/fr';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import multiMonthPlugin from '@fullcalendar/multimonth';
import FullCalendar from '@fullcalendar/react';
import { useCallback, useRef, useState } from 'react';
import { DeadlineActions } from '../components/DeadlineActions';
import { FeedSubscription } from '../components/FeedSubscription';
import { useI18n } from '../i18n/i18n';
import { get } from '../lib/client';
import { countriesOf, countryName } from '../lib/countries';
import { Link } from '../lib/router';
import { CalendarItem, ClauseSource, DEADLINE_KINDS, DeadlineKind } from '../lib/types';
import { useGet } from '../lib/use-api';
import {
  Button,
  Card,
  DeadlineStatusBadge,
  KIND_COLOURS,
  KindBadge,
  Page,
  Reference,
  SelectField,
} from '../ui';

/** The day after an ISO date (FullCalendar's ranges end exclusively). */
function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export default function CalendarPage() {
  const { t, date, locale } = useI18n();
  const index = useGet('/api/calendar/conventions');
  const [conventionId, setConventionId] = useState('');
  const [country, setCountry] = useState('');
  const [kind, setKind] = useState<DeadlineKind | ''>('');
  const [selected, setSelected] = useState<CalendarItem | null>(null);
  const [source, setSource] = useState<ClauseSource | null | undefined>(undefined);
  const [subscribing, setSubscribing] = useState(false);
  const [title, setTitle] = useState('');
  const calendar = useRef<FullCalendar>(null);
  const lastClick = useRef(0);
  const countries = countriesOf(index.data ?? []);

  const events = useCallback(
    async (range: EventSourceFuncArg): Promise<EventInput[]> => {
      // The filters go to the server: a month across many conventions stays a short answer.
      const items = await get('/api/calendar', {
        params: {
          query: {
            from: range.startStr.slice(0, 10),
            to: dayBefore(range.endStr.slice(0, 10)),
            conventionId: conventionId || undefined,
            country: country || undefined,
            kind: DEADLINE_KINDS.find((known) => known === kind),
          },
        },
      });
      return items.map((item) => ({
        id: item.uid,
        title: `${t(`deadline.kind.${item.kind}`)} — ${item.reference}`,
        start: item.dueOn,
        allDay: true,
        backgroundColor: KIND_COLOURS[item.kind],
        borderColor: KIND_COLOURS[item.kind],
        textColor: '#ffffff',
        extendedProps: { item },
      }));
    },
    // A filter change refetches: FullCalendar compares the function's identity.
    [conventionId, country, kind, locale],
  );

  const onClick = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault();
    const item = arg.event.extendedProps.item as CalendarItem;
    setSelected(item);
    setSource(undefined);
    const click = ++lastClick.current;
    // The list leaves the clause quotes out; the detail asks for this deadline's.
    if (item.conventionId === null) {
      setSource(null);
      return;
    }
    get('/api/conventions/{id}/deadlines', {
      params: { path: { id: item.conventionId }, query: { from: item.dueOn, to: item.dueOn } },
    }).then(
      (found) => {
        if (click === lastClick.current)
          setSource(found.find((deadline) => deadline.kind === item.kind)?.source ?? null);
      },
      () => click === lastClick.current && setSource(null),
    );
  };

  return (
    <Page
      title={t('calendar.title')}
      actions={
        <Button onClick={() => setSubscribing(!subscribing)} variant="primary" aria-expanded={subscribing}>
          {t('calendar.subscribe')}
        </Button>
      }
    >
      {subscribing && (
        <Card title={t('calendar.subscribe')}>
          <p>{t('calendar.subscribe.intro')}</p>
          <FeedSubscription />
          <ul>
            <li>{t('calendar.subscribe.outlook')}</li>
            <li>{t('calendar.subscribe.google')}</li>
          </ul>
        </Card>
      )}
      <Card>
        <div className="filters" role="group" aria-label={t('calendar.filters')}>
          <SelectField
            label={t('calendar.filter.convention')}
            value={conventionId}
            onChange={(event) => setConventionId(event.target.value)}
            options={[
              { value: '', label: t('common.all_fem') },
              ...(index.data ?? []).map((entry) => ({
                value: entry.id,
                label: `${entry.reference} — ${entry.title}`,
              })),
            ]}
          />
          <SelectField
            label={t('calendar.filter.country')}
            value={country}
            onChange={(event) => setCountry(event.target.value)}
            options={[
              { value: '', label: t('common.all') },
              ...countries.map((code) => ({ value: code, label: countryName(code, locale) })),
            ]}
          />
          <SelectField
            label={t('calendar.filter.kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value as DeadlineKind | '')}
            options={[
              { value: '', label: t('common.all') },
              ...DEADLINE_KINDS.map((value) => ({ value, label: t(`deadline.kind.${value}`) })),
            ]}
          />
        </div>
        <ul className="legend" aria-label={t('calendar.legend')}>
          {DEADLINE_KINDS.map((value) => (
            <li key={value}>
              <KindBadge kind={value} />
            </li>
          ))}
        </ul>
      </Card>
      <div className="calendar-layout">
        <Card>
          <h2 className="visually-hidden" aria-live="polite">
            {title}
          </h2>
          <FullCalendar
            ref={calendar}
            plugins={[dayGridPlugin, multiMonthPlugin, listPlugin, interactionPlugin]}
            locales={[frLocale, enLocale, arLocale]}
            // ar-ma: Moroccan month names, week from Monday, and direction rtl (the toolbar mirrors).
            locale={locale === 'fr' ? 'fr' : locale === 'ar' ? 'ar-ma' : 'en-gb'}
            direction={locale === 'ar' ? 'rtl' : 'ltr'}
            initialView="dayGridMonth"
            headerToolbar={{
              left: 'prev,next today',
              center: 'title',
              right: 'dayGridMonth,multiMonthYear,listYear',
            }}
            // A year is twelve small months (not a 53-week grid); the list runs over a whole year.
            views={{
              multiMonthYear: {
                multiMonthMaxColumns: 3,
                multiMonthMinWidth: 220,
                dayMaxEvents: 2,
                dayHeaderFormat: { weekday: 'narrow' },
              },
              listYear: { noEventsContent: t('calendar.list.empty') },
            }}
            buttonText={{
              year: t('calendar.view.year'),
              list: t('calendar.view.list'),
              // Words, not chevrons, in Arabic: ar-ma has no button hints, so the icons had no name.
              ...(locale === 'ar' ? { prev: t('common.previous'), next: t('common.next') } : {}),
            }}
            height="auto"
            dayMaxEvents={4}
            events={events}
            eventClick={onClick}
            datesSet={(arg: DatesSetArg) => setTitle(arg.view.title)}
            eventDisplay="block"
            displayEventTime={false}
            // Text buttons ("Précédent", "Suivant"): FullCalendar's icon spans carry role="img" without a name.
            buttonIcons={false}
            // A day cell is named by its date link, which hides its events from the name: let the cell be.
            dayCellDidMount={(arg) => arg.el.removeAttribute('aria-labelledby')}
            // A title cut by the cell's width is still read in full on hover.
            eventDidMount={(arg) => arg.el.setAttribute('title', arg.event.title)}
            // "+3 more" opens a popover: a button (aria-expanded is not allowed on a bare link).
            moreLinkDidMount={(arg) => arg.el.setAttribute('role', 'button')}
          />
        </Card>
        <Card title={t('calendar.detail')}>
          {!selected ? (
            <p className="empty">{t('calendar.detail.empty')}</p>
          ) : (
            <div data-testid="deadline-detail">
              <p>
                <KindBadge kind={selected.kind} />
              </p>
              <dl className="facts">
                <dt>{t('deadline.due_on')}</dt>
                <dd>{date(selected.dueOn)}</dd>
                <dt>{t('deadline.status')}</dt>
                <dd>
                  <DeadlineStatusBadge status={selected.status} />
                </dd>
                <dt>{t('convention.one')}</dt>
                <dd>
                  <Link to={selected.conventionId ? `/conventions/${selected.conventionId}` : '/apd'}>
                    {selected.conventionTitle}
                  </Link>
                  <div className="muted">
                    <Reference code={selected.reference} />
                  </div>
                </dd>
              </dl>
              {source?.quote && (
                <figure>
                  {source.article && (
                    <figcaption className="article">
                      {t('clause.article', { article: source.article })}
                    </figcaption>
                  )}
                  <blockquote className="quote">
                    <p>{t('clause.quote', { quote: source.quote })}</p>
                  </blockquote>
                </figure>
              )}
              {selected.conventionId !== null && (
                <DeadlineActions
                  conventionId={selected.conventionId}
                  kind={selected.kind}
                  dueOn={selected.dueOn}
                  status={selected.status}
                  label={`${t(`deadline.kind.${selected.kind}`)}, ${selected.reference}, ${date(selected.dueOn)}`}
                  allowWaive={false}
                  onChange={() => {
                    setSelected(null);
                    calendar.current?.getApi().refetchEvents();
                  }}
                />
              )}
            </div>
          )}
        </Card>
      </div>
    </Page>
  );
}
