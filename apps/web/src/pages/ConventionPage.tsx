import { useState } from 'react';
import { ConventionActions } from '../components/convention/ConventionActions';
import { CONVENTION_SECTIONS } from '../components/convention/sections';
import { SectionMenu } from '../components/convention/SectionMenu';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../lib/router';
import { useSession } from '../lib/session';
import { useGet } from '../lib/use-api';
import { Loading, Notice, Page } from '../ui';

/** The convention in sections (`?section=`), one shown at a time under an in-page menu. */
export function ConventionPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const { search } = useRouter();
  const [revision, setRevision] = useState(0);
  const base = `/conventions/${encodeURIComponent(id)}`;
  const convention = useGet('/api/conventions/{id}', { params: { path: { id } } }, revision);

  if (convention.error && !convention.data)
    return (
      <Page title={t('convention.one')}>
        <Notice tone="error">{t('convention.not_found')}</Notice>
      </Page>
    );
  const c = convention.data;
  if (!c)
    return (
      <Page title={t('convention.one')}>
        <Loading label={t('common.loading')} />
      </Page>
    );

  const writable = me?.role === 'admin' || me?.role === 'officer';
  const current =
    CONVENTION_SECTIONS.find((section) => section.id === search.get('section')) ?? CONVENTION_SECTIONS[0];
  const Section = current.Component;
  const changed = () => setRevision((value) => value + 1);

  return (
    <Page title={c.title} actions={<ConventionActions convention={c} writable={writable} />}>
      {search.get('saved') && (
        <Notice tone="success">
          {t(`editor.saved.${search.get('saved') === 'created' ? 'created' : 'updated'}`)}
        </Notice>
      )}
      <SectionMenu base={base} sections={CONVENTION_SECTIONS} current={current.id} />
      <div id={`section-${current.id}`} className="section-body">
        <Section convention={c} writable={writable} revision={revision} changed={changed} />
      </div>
    </Page>
  );
}
