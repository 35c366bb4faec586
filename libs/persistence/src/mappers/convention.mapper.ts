import { ConventionDerivedColumns, ConventionToStore } from '@passerelle/application';
import { ClauseKind, Clauses, ClauseSource, CLAUSE_KINDS, StoredConvention } from '@passerelle/domain';
import { ClauseEntity } from '../entities/clause.entity';
import { ConventionEntity } from '../entities/convention.entity';
import { FinancialCommitmentEntity } from '../entities/financial-commitment.entity';
import { PartyEntity } from '../entities/party.entity';

export function toConventionEntity(
  doc: ConventionToStore,
  derived: ConventionDerivedColumns,
  target: ConventionEntity = new ConventionEntity(),
): ConventionEntity {
  target.reference = doc.reference;
  target.title = doc.title;
  target.instrument = doc.instrument;
  target.language = doc.language ?? 'fr';
  target.object = doc.object ?? null;
  target.timeZone = doc.timeZone;
  target.effectiveOn = doc.effectiveOn ?? null;
  target.terminatedOn = doc.terminatedOn ?? null;
  target.startsOn = derived.startsOn;
  target.endsOn = derived.endsOn;
  target.anySigned = derived.anySigned;
  target.allSigned = derived.allSigned;
  target.parties = doc.parties.map((party, position) =>
    Object.assign(new PartyEntity(), {
      position,
      name: party.name,
      country: party.country,
      organizationId: party.organizationId ?? null,
      level: party.level ?? null,
      representative: party.representative ?? null,
      representativeTitle: party.representativeTitle ?? null,
      deliberationOn: party.deliberationOn ?? null,
      signedOn: party.signedOn ?? null,
      prefectureTransmissionOn: party.prefectureTransmissionOn ?? null,
      prefectureReceiptNumber: party.prefectureReceiptNumber ?? null,
      visaOn: party.visaOn ?? null,
      visaAuthority: party.visaAuthority ?? null,
    }),
  );
  target.clauses = CLAUSE_KINDS.flatMap((kind) => {
    const clause = doc.clauses[kind];
    if (!clause) return [];
    const { source, ...settings } = clause as { source?: ClauseSource | null } & Record<string, unknown>;
    return [
      Object.assign(new ClauseEntity(), {
        kind,
        settings,
        sourceArticle: source?.article ?? null,
        sourceQuote: source?.quote ?? null,
      }),
    ];
  });
  target.financialCommitments = (doc.financialCommitments ?? []).map((commitment, position) =>
    Object.assign(new FinancialCommitmentEntity(), {
      position,
      party: commitment.party,
      amount: commitment.amount.toFixed(2),
      currency: commitment.currency,
      year: commitment.year ?? null,
      note: commitment.note ?? null,
    }),
  );
  return target;
}

export function toStoredConvention(entity: ConventionEntity): StoredConvention {
  const clauses: Clauses = {};
  for (const clause of entity.clauses ?? []) {
    const source =
      clause.sourceArticle || clause.sourceQuote
        ? { article: clause.sourceArticle ?? '', quote: clause.sourceQuote ?? '' }
        : undefined;
    (clauses as Record<ClauseKind, unknown>)[clause.kind as ClauseKind] = {
      ...clause.settings,
      ...(source ? { source } : {}),
    };
  }
  return {
    id: entity.id,
    reference: entity.reference,
    title: entity.title,
    instrument: entity.instrument as StoredConvention['instrument'],
    language: entity.language,
    object: entity.object,
    timeZone: entity.timeZone,
    effectiveOn: entity.effectiveOn,
    terminatedOn: entity.terminatedOn,
    financialCommitments: [...(entity.financialCommitments ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((commitment) => ({
        party: commitment.party,
        amount: Number(commitment.amount),
        currency: commitment.currency.trim(),
        year: commitment.year,
        ...(commitment.note ? { note: commitment.note } : {}),
      })),
    parties: [...(entity.parties ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((party) => ({
        name: party.name,
        country: party.country,
        organizationId: party.organizationId,
        level: party.level as StoredConvention['parties'][number]['level'],
        representative: party.representative,
        representativeTitle: party.representativeTitle,
        deliberationOn: party.deliberationOn,
        signedOn: party.signedOn,
        prefectureTransmissionOn: party.prefectureTransmissionOn,
        // Only where recorded, so documents of parties without them read as before.
        ...(party.prefectureReceiptNumber ? { prefectureReceiptNumber: party.prefectureReceiptNumber } : {}),
        ...(party.visaOn ? { visaOn: party.visaOn } : {}),
        ...(party.visaAuthority
          ? { visaAuthority: party.visaAuthority as StoredConvention['parties'][number]['visaAuthority'] }
          : {}),
      })),
    clauses,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
