import { useI18n } from '../../i18n/i18n';
import { Card } from '../../ui';
import { ExecutorySides } from '../ExecutorySides';
import { ConventionSectionProps } from './section';

/** Executory on each side (France: prefecture; Morocco: the supervisory visa), and the visa form. */
export function ExecutorySection({ convention, writable, changed }: ConventionSectionProps) {
  const { t } = useI18n();
  return (
    <Card title={t('executory.title')}>
      <ExecutorySides convention={convention} writable={writable} onSaved={changed} />
    </Card>
  );
}
