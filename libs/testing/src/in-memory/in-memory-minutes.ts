import { randomUUID } from 'node:crypto';
import { MinutesRepository, NewMinutes } from '@passerelle/application';
import { DomainError, IsoDate, Minutes, MinutesSignature } from '@passerelle/domain';
import type { InMemoryGovernance } from './in-memory-governance';

const stamp = () => new Date(0).toISOString();

export function inMemoryMinutes(store: InMemoryGovernance): MinutesRepository {
  return {
    byId: (id) => Promise.resolve(store.minutes.find((minutes) => minutes.id === id) ?? null),
    ofMeeting: (meetingId) =>
      Promise.resolve(
        store.minutes.filter((m) => m.meetingId === meetingId).sort((a, b) => a.version - b.version),
      ),
    insert: (conventionId, minutes: NewMinutes, actor) => {
      const created: Minutes = {
        ...minutes,
        id: randomUUID(),
        conventionId,
        signatures: [],
        supersededAt: null,
        createdBy: actor.email,
        createdAt: stamp(),
      };
      store.minutes.push(created);
      store.wrote('minutes', created.id, actor);
      return Promise.resolve(created);
    },
    update: (id, change: { text?: string; circulatedOn?: IsoDate | null }, actor) => {
      const index = store.minutes.findIndex((minutes) => minutes.id === id);
      if (index < 0) throw new DomainError('not_found', `minutes ${id} not found`, 'id');
      const before = store.minutes[index];
      store.minutes[index] = {
        ...before,
        text: change.text ?? before.text,
        circulatedOn: change.circulatedOn === undefined ? before.circulatedOn : change.circulatedOn,
      };
      store.wrote('minutes', id, actor);
      return Promise.resolve(store.minutes[index]);
    },
    supersede: (id, actor) => {
      const index = store.minutes.findIndex((minutes) => minutes.id === id);
      store.minutes[index] = { ...store.minutes[index], supersededAt: stamp() };
      store.wrote('minutes', id, actor);
      return Promise.resolve();
    },
    addSignature: (id, signature: MinutesSignature, actor) => {
      const index = store.minutes.findIndex((minutes) => minutes.id === id);
      const before = store.minutes[index];
      store.minutes[index] = {
        ...before,
        signatures: [...before.signatures, { ...signature, recordedBy: actor.email }],
      };
      store.wrote('minutes', id, actor);
      return Promise.resolve(store.minutes[index]);
    },
  };
}
