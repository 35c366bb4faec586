import { FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ClauseFields, ClauseSourceFields } from '../components/ClauseEditor';
import { useI18n } from '../i18n/i18n';
import { api, ApiError } from '../lib/api';
import {
  CLAUSE_DEFAULTS,
  emptyDocument,
  emptyParty,
  fromConvention,
  INSTRUMENTS,
  PARTY_LEVELS,
  toDocument,
} from '../lib/convention-form';
import { useRouter } from '../lib/router';
import { useSession } from '../lib/session';
import {
  CLAUSE_NAMES,
  ClauseName,
  Clauses,
  ClauseSource,
  Convention,
  ConventionDocument,
  DeadlineKind,
  DeadlineStatus,
  Party,
} from '../lib/types';
import {
  Button,
  ButtonLink,
  Card,
  CheckboxField,
  DeadlineStatusBadge,
  KindBadge,
  Loading,
  Notice,
  Page,
  SelectField,
  Table,
  TextAreaField,
  TextField,
} from '../ui';

interface Preview {
  startsOn: string | null;
  endsOn: string | null;
  deadlines: Array<{
    kind: DeadlineKind;
    dueOn: string;
    status: DeadlineStatus;
    source: ClauseSource | null;
  }>;
}

export function EditConventionPage({ id }: { id?: string }) {
  const { t, date } = useI18n();
  const { me } = useSession();
  const { navigate } = useRouter();
  const [form, setForm] = useState<ConventionDocument | null>(
    id ? null : emptyDocument(me?.organizationId ?? null),
  );
  const [original, setOriginal] = useState<ClauseName[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<{
    message: string;
    fields: Array<{ field: string; message: string }>;
  } | null>(null);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const previewTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!id) return;
    api<Convention>(`/api/conventions/${encodeURIComponent(id)}`)
      .then((convention) => {
        setForm(fromConvention(convention));
        setOriginal(CLAUSE_NAMES.filter((name) => convention.clauses[name]));
      })
      .catch((caught: Error) => setLoadError(caught.message));
  }, [id]);

  const document = useMemo(() => (form ? toDocument(form) : null), [form]);

  // The deadlines these clauses would give, recomputed by the API as the officer types (nothing saved).
  useEffect(() => {
    if (!document) return;
    window.clearTimeout(previewTimer.current);
    previewTimer.current = window.setTimeout(() => {
      const body = {
        document: {
          ...document,
          reference: document.reference || 'PREVIEW',
          title: document.title || 'preview',
          parties: document.parties.map((party, index) => ({
            ...party,
            name: party.name || `#${index + 1}`,
          })),
        },
      };
      api<Preview>('/api/conventions/preview-deadlines', { method: 'POST', body })
        .then((result) => {
          setPreview(result);
          setPreviewError(null);
        })
        .catch((caught: Error) => setPreviewError(caught.message));
    }, 400);
    return () => window.clearTimeout(previewTimer.current);
  }, [document]);

  if (loadError)
    return (
      <Page title={t('editor.title.edit')}>
        <Notice tone="error">{loadError}</Notice>
      </Page>
    );
  if (!form || !document)
    return (
      <Page title={t('editor.title.edit')}>
        <Loading label={t('common.loading')} />
      </Page>
    );

  const set = (patch: Partial<ConventionDocument>) => setForm({ ...form, ...patch });
  const setParty = (index: number, patch: Partial<Party>) =>
    set({ parties: form.parties.map((party, i) => (i === index ? { ...party, ...patch } : party)) });
  const setClause = <K extends ClauseName>(name: K, value: Clauses[K] | undefined) => {
    const clauses = { ...form.clauses };
    if (value === undefined) delete clauses[name];
    else clauses[name] = value;
    set({ clauses });
  };
  const patchClause = <K extends ClauseName>(name: K, patch: Partial<NonNullable<Clauses[K]>>) =>
    setClause(name, { ...(form.clauses[name] as object), ...patch } as Clauses[K]);
  const fieldError = (field: string) => error?.fields.find((entry) => entry.field === field)?.message ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const body = toDocument(form, original);
      const saved = id
        ? await api<Convention>(`/api/conventions/${encodeURIComponent(id)}`, { method: 'PATCH', body })
        : await api<Convention>('/api/conventions', { method: 'POST', body });
      navigate(`/conventions/${saved.id}`);
    } catch (caught) {
      const body = caught instanceof ApiError ? caught.body : null;
      setError({ message: body?.message ?? (caught as Error).message, fields: body?.fields ?? [] });
      window.scrollTo(0, 0);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page
      title={id ? t('editor.title.edit') : t('editor.title.new')}
      actions={
        <ButtonLink to={id ? `/conventions/${id}` : '/conventions'} variant="ghost">
          {t('common.cancel')}
        </ButtonLink>
      }
    >
      {error && (
        <Notice tone="error">
          <p>{t('editor.error')}</p>
          <ul>
            {(error.fields.length
              ? error.fields.map((field) => `${field.field} : ${field.message}`)
              : [error.message]
            ).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Notice>
      )}
      <form onSubmit={(event) => void submit(event)} aria-label={t('editor.form')}>
        <Card title={t('editor.general')}>
          <div className="fields">
            <TextField
              label={t('convention.reference')}
              hint={t('editor.reference.hint')}
              required
              value={form.reference}
              error={fieldError('reference')}
              onChange={(event) => set({ reference: event.target.value })}
            />
            <TextField
              label={t('convention.title')}
              required
              value={form.title}
              error={fieldError('title')}
              onChange={(event) => set({ title: event.target.value })}
            />
            <SelectField
              label={t('convention.instrument')}
              value={form.instrument}
              onChange={(event) => set({ instrument: event.target.value })}
              options={INSTRUMENTS.map((value) => ({ value, label: t(`convention.instrument.${value}`) }))}
            />
            <TextField
              label={t('convention.effectiveOn')}
              hint={t('editor.effectiveOn.hint')}
              type="date"
              value={form.effectiveOn ?? ''}
              onChange={(event) => set({ effectiveOn: event.target.value || null })}
            />
          </div>
          <TextAreaField
            label={t('convention.object')}
            rows={3}
            value={form.object ?? ''}
            error={fieldError('object')}
            onChange={(event) => set({ object: event.target.value })}
          />
        </Card>

        <Card
          title={t('convention.parties')}
          actions={
            <Button size="sm" onClick={() => set({ parties: [...form.parties, emptyParty('MA')] })}>
              {t('editor.party.add')}
            </Button>
          }
        >
          {form.parties.map((party, index) => (
            <fieldset className="group" key={index}>
              <legend>{party.name || t('editor.party.n', { n: index + 1 })}</legend>
              <div className="fields">
                <TextField
                  label={t('party.name')}
                  required
                  value={party.name}
                  error={fieldError(`parties[${index}].name`)}
                  onChange={(event) => setParty(index, { name: event.target.value })}
                />
                <TextField
                  label={t('party.country')}
                  hint={t('editor.party.country.hint')}
                  required
                  maxLength={2}
                  value={party.country}
                  error={fieldError(`parties[${index}].country`)}
                  onChange={(event) => setParty(index, { country: event.target.value.toUpperCase() })}
                />
                <SelectField
                  label={t('party.level')}
                  value={party.level ?? 'commune'}
                  onChange={(event) => setParty(index, { level: event.target.value })}
                  options={PARTY_LEVELS.map((value) => ({ value, label: t(`party.level.${value}`) }))}
                />
                <TextField
                  label={t('editor.party.representative')}
                  value={party.representative ?? ''}
                  onChange={(event) => setParty(index, { representative: event.target.value })}
                />
                <TextField
                  label={t('editor.party.representativeTitle')}
                  value={party.representativeTitle ?? ''}
                  onChange={(event) => setParty(index, { representativeTitle: event.target.value })}
                />
                <TextField
                  label={t('party.deliberationOn')}
                  type="date"
                  value={party.deliberationOn ?? ''}
                  onChange={(event) => setParty(index, { deliberationOn: event.target.value || null })}
                />
                <TextField
                  label={t('party.signedOn')}
                  type="date"
                  value={party.signedOn ?? ''}
                  onChange={(event) => setParty(index, { signedOn: event.target.value || null })}
                />
                <TextField
                  label={t('party.prefectureTransmissionOn')}
                  type="date"
                  value={party.prefectureTransmissionOn ?? ''}
                  onChange={(event) =>
                    setParty(index, { prefectureTransmissionOn: event.target.value || null })
                  }
                />
              </div>
              <div className="row">
                {me?.organizationId && (
                  <CheckboxField
                    label={t('editor.party.mine')}
                    checked={party.organizationId === me.organizationId}
                    onChange={(event) =>
                      setParty(index, { organizationId: event.target.checked ? me.organizationId : null })
                    }
                  />
                )}
                {form.parties.length > 1 && (
                  <Button
                    size="sm"
                    variant="danger"
                    onClick={() => set({ parties: form.parties.filter((_, i) => i !== index) })}
                  >
                    {t('editor.party.remove')}
                  </Button>
                )}
              </div>
            </fieldset>
          ))}
        </Card>

        <div className="editor-grid">
          <Card title={t('convention.clauses')}>
            <p className="muted">{t('editor.clauses.intro')}</p>
            {CLAUSE_NAMES.map((name) => {
              const enabled = Boolean(form.clauses[name]);
              return (
                <fieldset className="group" key={name} data-clause={name}>
                  <legend>{t(`clause.${name}`)}</legend>
                  <CheckboxField
                    label={t('editor.clause.include', { clause: t(`clause.${name}`) })}
                    checked={enabled}
                    onChange={(event) =>
                      setClause(
                        name,
                        event.target.checked ? (structuredClone(CLAUSE_DEFAULTS[name]) as never) : undefined,
                      )
                    }
                  />
                  {enabled && (
                    <>
                      <ClauseFields
                        name={name}
                        clause={form.clauses[name]!}
                        onPatch={(patch) => patchClause(name, patch as never)}
                        error={(field) => fieldError(`clauses.${name}.${field}`)}
                      />
                      <ClauseSourceFields
                        source={form.clauses[name]?.source}
                        onChange={(source) => patchClause(name, { source })}
                      />
                    </>
                  )}
                </fieldset>
              );
            })}
          </Card>
          <Card title={t('editor.preview')} className="sticky">
            <div aria-live="polite" data-testid="deadline-preview">
              {previewError && <Notice tone="error">{previewError}</Notice>}
              {preview && (
                <>
                  <p>
                    {preview.startsOn
                      ? t('editor.preview.term', {
                          from: date(preview.startsOn),
                          to: preview.endsOn ? date(preview.endsOn) : t('editor.preview.open'),
                        })
                      : t('editor.preview.no_start')}
                  </p>
                  <Table
                    caption={t('editor.preview')}
                    captionHidden
                    rows={preview.deadlines}
                    rowKey={(row) => `${row.kind}:${row.dueOn}`}
                    empty={t('editor.preview.empty')}
                    columns={[
                      { header: t('deadline.due_on'), cell: (row) => date(row.dueOn) },
                      { header: t('deadline.kind'), cell: (row) => <KindBadge kind={row.kind} /> },
                      {
                        header: t('deadline.source'),
                        cell: (row) =>
                          row.source?.article ? t('clause.article', { article: row.source.article }) : '—',
                      },
                      {
                        header: t('deadline.status'),
                        cell: (row) => <DeadlineStatusBadge status={row.status} />,
                      },
                    ]}
                  />
                </>
              )}
            </div>
          </Card>
        </div>

        <div className="row" style={{ marginTop: '1rem' }}>
          <Button type="submit" variant="primary" disabled={saving}>
            {t(id ? 'editor.save' : 'editor.create')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
