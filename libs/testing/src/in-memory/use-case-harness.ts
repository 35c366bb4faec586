import { Type, ValueProvider } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional, NoOpTransactionalAdapter } from '@nestjs-cls/transactional';
import {
  ActionPlanRepository,
  AmendmentRepository,
  AttachmentRepository,
  ClockPort,
  ConventionRepository,
  DeadlineRepository,
  EvaluationRepository,
  GovernanceReader,
  GovernedConventions,
  MeetingRepository,
  MinutesRepository,
  RenewalDecisionRepository,
} from '@passerelle/application';
import { Actor, FixedClock, Meeting, StoredConvention } from '@passerelle/domain';
import { aConvention } from '../builders/a-convention';
import { InMemoryConventions } from './in-memory-conventions';
import { InMemoryGovernance } from './in-memory-governance';

export interface UseCaseWorld<T> {
  useCase: T;
  store: InMemoryGovernance;
  conventions: InMemoryConventions;
  clock: FixedClock;
  /** Another use case on the same store (one listed in `also`). */
  get<U>(type: Type<U>): U;
}

/**
 * A use case built by Nest on in-memory ports and a fixed clock, with @Transactional() running
 * on a no-op adapter (atomicity is the integration tests' business; these check the decisions).
 */
export async function useCaseOnMemory<T>(
  useCase: Type<T>,
  options: { now?: string; also?: Type[]; extra?: ValueProvider[] } = {},
): Promise<UseCaseWorld<T>> {
  const store = new InMemoryGovernance();
  const conventions = new InMemoryConventions(store.conventions);
  const clock = new FixedClock(new Date(options.now ?? '2026-03-13T09:00:00Z'));
  const deadlines: Pick<DeadlineRepository, 'recordsFor'> = {
    recordsFor: (conventionId) => store.governed.deadlineRecords(conventionId),
  };
  const module = await Test.createTestingModule({
    imports: [
      ClsModule.forRoot({
        plugins: [new ClsPluginTransactional({ adapter: new NoOpTransactionalAdapter({ tx: {} }) })],
      }),
    ],
    providers: [
      useCase,
      ...(options.also ?? []),
      { provide: ClockPort, useValue: clock },
      { provide: ConventionRepository, useValue: conventions },
      { provide: DeadlineRepository, useValue: deadlines },
      { provide: MeetingRepository, useValue: store.meetingRepository },
      { provide: MinutesRepository, useValue: store.minutesRepository },
      { provide: AmendmentRepository, useValue: store.amendmentRepository },
      { provide: ActionPlanRepository, useValue: store.actionPlanRepository },
      { provide: EvaluationRepository, useValue: store.evaluationRepository },
      { provide: RenewalDecisionRepository, useValue: store.renewalDecisionRepository },
      { provide: AttachmentRepository, useValue: store.attachmentRepository },
      { provide: GovernanceReader, useValue: store.facts },
      { provide: GovernedConventions, useValue: store.governed },
      ...(options.extra ?? []),
    ],
  }).compile();
  return { useCase: module.get(useCase), store, conventions, clock, get: (type) => module.get(type) };
}

export const VLG = 'Villeneuve-la-Garenne';

/** The Villeneuve-la-Garenne – Tiznit convention of aConvention(), stored, its French party linked to `organizationId`. */
export function aStoredConvention(
  store: InMemoryGovernance,
  overrides: Parameters<typeof aConvention>[0] = {},
  organizationId = 'org-vlg',
): StoredConvention {
  const doc = aConvention(overrides);
  return store.add({
    ...doc,
    id: `00000000-0000-4000-8000-${String(store.conventions.size + 1).padStart(12, '0')}`,
    timeZone: doc.timeZone ?? 'Europe/Paris',
    parties: doc.parties.map((party) => (party.name === VLG ? { ...party, organizationId } : party)),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

export const anOfficer: Actor = {
  userId: 'u-officer',
  email: 'officer@villeneuve.test',
  role: 'officer',
  organizationId: 'org-vlg',
  language: 'fr',
};
export const aViewer: Actor = {
  ...anOfficer,
  userId: 'u-viewer',
  email: 'viewer@villeneuve.test',
  role: 'viewer',
};
export const aStranger: Actor = {
  ...anOfficer,
  userId: 'u-dijon',
  email: 'officer@dijon.test',
  organizationId: 'org-dijon',
};

/** A committee meeting of `convention`, written straight into the store (specs about what follows it). */
export function aMeetingOf(
  store: InMemoryGovernance,
  convention: StoredConvention,
  overrides: Partial<Omit<Meeting, 'id' | 'conventionId'>> = {},
): Promise<Meeting> {
  return store.meetingRepository.insert(
    {
      conventionId: convention.id,
      heldOn: '2026-03-12',
      city: VLG,
      country: 'FR',
      hostParty: VLG,
      convenedBy: null,
      agenda: [{ title: 'Bilan' }],
      attendees: [],
      ...overrides,
    },
    anOfficer,
  );
}
