import { createHash, randomUUID } from 'node:crypto';
import { AttachmentRepository, NewAttachment } from '@passerelle/application';
import { AttachmentOwner } from '@passerelle/domain';
import type { InMemoryGovernance } from './in-memory-governance';

const stamp = () => new Date(0).toISOString();

export function inMemoryAttachments(store: InMemoryGovernance): AttachmentRepository {
  return {
    listOf: (conventionId, filter = {}) =>
      Promise.resolve(
        store.files.filter(
          (file) =>
            file.conventionId === conventionId &&
            (!filter.minutesId || file.minutesId === filter.minutesId) &&
            (!filter.evaluationId || file.evaluationId === filter.evaluationId) &&
            (!filter.documentsOnly || !['minutes', 'evaluation'].includes(file.kind)),
        ),
      ),
    byId: (id) => Promise.resolve(store.files.find((file) => file.id === id) ?? null),
    bySha: (conventionId, owner: AttachmentOwner, sha256) =>
      Promise.resolve(
        store.files.find(
          (file) =>
            file.conventionId === conventionId &&
            file.kind === owner.kind &&
            file.minutesId === (owner.minutesId ?? null) &&
            file.evaluationId === (owner.evaluationId ?? null) &&
            file.sha256 === sha256,
        ) ?? null,
      ),
    insert: (file: NewAttachment, content, actor) => {
      const created = {
        ...file,
        id: randomUUID(),
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        uploadedBy: actor.email,
        uploadedAt: stamp(),
        content,
      };
      store.files.push(created);
      store.wrote('file', created.id, actor);
      const { content: _content, ...stored } = created;
      return Promise.resolve(stored);
    },
  };
}
