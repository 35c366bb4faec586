import { FormEvent, ReactNode, useEffect, useMemo, useState } from 'react';
import { ClausesFieldset } from '../components/editor/ClausesFieldset';
import { DeadlinePreview } from '../components/editor/DeadlinePreview';
import { FinancialCommitmentsFields } from '../components/editor/FinancialCommitmentsFields';
import { GeneralFields } from '../components/editor/GeneralFields';
import { PartyFieldset } from '../components/editor/PartyFieldset';
import { useI18n } from '../i18n/i18n';
import { FormErrors, formErrors } from '../lib/api';
import { answered, client, get } from '../lib/client';
import { emptyDocument, emptyParty, fromConvention, toDocument } from '../lib/convention-form';
import { useRouter } from '../lib/router';
import { useSession } from '../lib/session';
import { CLAUSE_NAMES, ClauseName, Clauses, ConventionDocument, Party } from '../lib/types';
import { useDeadlinePreview } from '../lib/use-deadline-preview';
import { useMyOrganization } from '../lib/use-my-organization';
import { Button, ButtonLink, Card, Loading, Notice, Page } from '../ui';

/** A new convention, or an existing one edited: the document, its clauses, the deadlines they give. */
/** `draft`, `title`, `beside`, `afterCreate`: the review screen's proposal, its text, and what to keep once created. */
export function EditConventionPage({
  id,
  draft,
  title,
  beside,
  afterCreate,
}: {
  id?: string;
  draft?: ConventionDocument;
  title?: string;
  beside?: ReactNode;
  afterCreate?: (id: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const { navigate, search } = useRouter();
  const organization = useMyOrganization();
  const [form, setForm] = useState<ConventionDocument | null>(
    id ? null : (draft ?? emptyDocument(me?.organizationId ?? null)),
  );
  const [original, setOriginal] = useState<ClauseName[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!id) return;
    get('/api/conventions/{id}', { params: { path: { id } } })
      .then((convention) => {
        setForm(fromConvention(convention));
        setOriginal(CLAUSE_NAMES.filter((name) => convention.clauses[name]));
      })
      .catch((caught: Error) => setLoadError(caught.message));
  }, [id]);

  // The officer's own party starts with the organization's name and country.
  useEffect(() => {
    if (id || !organization) return;
    setForm((current) =>
      current
        ? {
            ...current,
            parties: current.parties.map((party) =>
              party.organizationId === organization.id && !party.name
                ? { ...party, name: organization.name, country: organization.country }
                : party,
            ),
          }
        : current,
    );
  }, [id, organization]);

  const document = useMemo(() => (form ? toDocument(form) : null), [form]);
  const { preview, error: previewError } = useDeadlinePreview(document);

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
  const section = search.get('section');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const body = toDocument(form, original);
      const saved = id
        ? await answered(client.PATCH('/api/conventions/{id}', { params: { path: { id } }, body }))
        : await answered(client.POST('/api/conventions', { body }));
      if (!id && afterCreate) await afterCreate(saved.id);
      navigate(`/conventions/${saved.id}?saved=${id ? 'updated' : 'created'}`);
    } catch (caught) {
      setError(formErrors(caught));
      window.scrollTo(0, 0);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page
      title={title ?? (id ? t('editor.title.edit') : t('editor.title.new'))}
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
      <div className={beside ? 'review-layout' : undefined}>
        {beside}
        <form onSubmit={(event) => void submit(event)} aria-label={t('editor.form')}>
          <GeneralFields form={form} set={set} error={fieldError} />
          <Card
            title={t('convention.parties')}
            actions={
              <Button size="sm" onClick={() => set({ parties: [...form.parties, emptyParty('MA')] })}>
                {t('editor.party.add')}
              </Button>
            }
          >
            {form.parties.map((party, index) => (
              <PartyFieldset
                key={index}
                party={party}
                index={index}
                organization={organization}
                removable={form.parties.length > 1}
                onChange={(patch) => setParty(index, patch)}
                onRemove={() => set({ parties: form.parties.filter((_, i) => i !== index) })}
                error={fieldError}
              />
            ))}
          </Card>
          <Card title={t('editor.commitments')} id="commitments">
            <FinancialCommitmentsFields
              commitments={form.financialCommitments ?? []}
              parties={form.parties.map((party) => party.name)}
              onChange={(financialCommitments) => set({ financialCommitments })}
              error={fieldError}
            />
          </Card>
          <div className="editor-grid">
            <ClausesFieldset
              clauses={form.clauses}
              setClause={setClause}
              patchClause={patchClause}
              error={fieldError}
            />
            <DeadlinePreview preview={preview} error={previewError} />
          </div>
          <div className="row" style={{ marginTop: '1rem' }}>
            <Button type="submit" variant="primary" disabled={saving}>
              {t(id ? 'editor.save' : 'editor.create')}
            </Button>
          </div>
        </form>
      </div>
      {section === 'commitments' && <ScrollTo id="commitments" />}
    </Page>
  );
}

/** Brings a part of the form into view (the dashboard's "complete" link to the commitments). */
function ScrollTo({ id }: { id: string }) {
  useEffect(() => {
    window.document.getElementById(id)?.scrollIntoView();
  }, [id]);
  return null;
}
