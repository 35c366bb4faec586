import { useI18n } from '../../i18n/i18n';
import { useGet } from '../../lib/use-api';
import { Card, Loading } from '../../ui';
import { ConventionDocuments } from '../ConventionDocuments';
import { ConventionSectionProps } from './section';

export function DocumentsSection({ convention, writable, revision, changed }: ConventionSectionProps) {
  const { t } = useI18n();
  const documents = useGet(
    '/api/conventions/{id}/documents',
    { params: { path: { id: convention.id } } },
    revision,
  );
  return (
    <Card title={t('documents.title')}>
      {!documents.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <ConventionDocuments
          conventionId={convention.id}
          files={documents.data}
          writable={writable}
          onUploaded={changed}
        />
      )}
    </Card>
  );
}
