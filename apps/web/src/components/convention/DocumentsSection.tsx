import { useI18n } from '../../i18n/i18n';
import { StoredFile } from '../../lib/types';
import { useApi } from '../../lib/use-api';
import { Card, Loading } from '../../ui';
import { ConventionDocuments } from '../ConventionDocuments';
import { ConventionSectionProps } from './section';

export function DocumentsSection({ convention, writable, revision, changed }: ConventionSectionProps) {
  const { t } = useI18n();
  const documents = useApi<StoredFile[]>(`/api/conventions/${convention.id}/documents`, revision);
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
