import { useI18n } from '../i18n/i18n';
import { Link } from '../lib/router';
import { Page } from '../ui';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('notfound.title')}>
      <p>{t('notfound.body')}</p>
      <Link to="/">{t('nav.dashboard')}</Link>
    </Page>
  );
}
