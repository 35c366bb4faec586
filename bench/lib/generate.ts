import {
  Clauses,
  ClauseSource,
  ConventionDocument,
  daysInMonth,
  fromEpochDay,
  INSTRUMENTS,
  IsoDate,
  Party,
  toEpochDay,
} from '@passerelle/domain';
import { Prng } from './prng';

/** A generated convention: its document (time zone always set) and a repeatable id. */
export interface GeneratedConvention {
  id: string;
  doc: ConventionDocument & { timeZone: string };
}

const SEED = 0x5a55e2e1;

const FRENCH = [
  'Dijon',
  'Chambéry',
  'Antony',
  'Villeneuve-la-Garenne',
  'Lyon',
  'Grenoble',
  'Nantes',
  'Rennes',
  'Lille',
  'Bordeaux',
  'Toulouse',
  'Montpellier',
  'Strasbourg',
  'Orléans',
  'Tours',
  'Besançon',
  'Metz',
  'Nancy',
  'Limoges',
  'Poitiers',
  'Angers',
  'Brest',
  'Rouen',
  'Caen',
  'Amiens',
  'Perpignan',
  'Nîmes',
  'Avignon',
  'Pau',
  'Bayonne',
];
const MOROCCAN = [
  'Chefchaouen',
  'Taroudant',
  'Tiznit',
  'Agadir',
  'Essaouira',
  'Marrakech',
  'Fès',
  'Meknès',
  'Tanger',
  'Tétouan',
  'Oujda',
  'Nador',
  'Al Hoceima',
  'Larache',
  'Kénitra',
  'Rabat',
  'Salé',
  'Settat',
  'El Jadida',
  'Safi',
  'Ouarzazate',
  'Errachidia',
  'Guelmim',
  'Laâyoune',
  'Dakhla',
  'Béni Mellal',
  'Khouribga',
  'Ifrane',
  'Azrou',
  'Taza',
];
const QUOTES = [
  'La présente convention est conclue pour une durée de trois ans à compter de sa signature.',
  "Elle est renouvelable par tacite reconduction pour une même durée, sauf dénonciation par l'une des parties " +
    'adressée par lettre recommandée avec accusé de réception trois mois avant son échéance.',
  "Un programme d'actions annuel est arrêté d'un commun accord avant le 31 décembre de l'année n-1 et " +
    "soumis à l'approbation du comité de pilotage.",
  'Un comité de pilotage composé de représentants des deux collectivités se réunit au moins deux fois par an, ' +
    'alternativement dans chacune des collectivités.',
  "Une évaluation annuelle des programmes sera effectuée sur la base d'indicateurs définis en commun.",
  'Chacune des parties peut mettre fin à la présente convention à tout moment, moyennant un préavis de six mois.',
  "Toute modification de la présente convention fera l'objet d'un avenant signé par l'ensemble des parties.",
  'Le renouvellement de la convention est soumis à une évaluation conjointe des actions menées.',
];

const START_FROM = toEpochDay('2016-01-01');
const START_TO = toEpochDay('2026-12-31');

function source(rng: Prng, article: number): ClauseSource | null {
  return rng.chance(0.75) ? { article: String(article), quote: rng.pick(QUOTES) } : null;
}

function day(rng: Prng, from: IsoDate, spanDays: number): IsoDate {
  return fromEpochDay(toEpochDay(from) + rng.int(0, spanDays));
}

/**
 * Convention number `index` (0-based). Each convention has its own seed, so the first 10,000 of a
 * 100,000 run are the same as a 10,000 run.
 */
export function generateConvention(index: number): GeneratedConvention {
  const rng = new Prng((SEED ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const id = rng.uuid();
  const startsOn = fromEpochDay(rng.int(START_FROM, START_TO));
  const french = rng.pick(FRENCH);
  const moroccan = rng.pick(MOROCCAN);
  const timeZone = rng.chance(0.6) ? 'Europe/Paris' : 'Africa/Casablanca';

  // How the first term starts: fixed date, last signature, or a recorded effective date; a few unsigned drafts.
  const startKind = rng.pick([
    'fixed_date',
    'last_signature',
    'last_signature',
    'fixed_date',
    'effective_date',
  ] as const);
  const draft = rng.chance(0.03);
  const firstSigned = day(rng, fromEpochDay(toEpochDay(startsOn) - 60), 59);
  const parties: Party[] = [
    {
      name: french,
      country: 'FR',
      level: 'commune',
      representative: 'Le maire',
      representativeTitle: 'Maire',
      deliberationOn: fromEpochDay(toEpochDay(startsOn) - 90),
      signedOn: startKind === 'last_signature' && rng.chance(0.5) ? startsOn : firstSigned,
      prefectureTransmissionOn: rng.chance(0.7) ? fromEpochDay(toEpochDay(startsOn) + 10) : null,
    },
    {
      name: moroccan,
      country: 'MA',
      level: 'commune',
      representative: 'Le président du conseil communal',
      representativeTitle: 'Président',
      deliberationOn: fromEpochDay(toEpochDay(startsOn) - 75),
      signedOn: draft ? null : startsOn,
      prefectureTransmissionOn: null,
    },
  ];
  if (rng.chance(0.1)) {
    parties.push({
      name: `Région partenaire ${index % 13}`,
      country: 'FR',
      level: 'region',
      signedOn: firstSigned,
    });
  }

  const clauses: Clauses = {};
  const indefinite = rng.chance(0.12);
  const durationMonths = rng.pick([12, 24, 36, 36, 48, 60, 60, 72]);
  clauses.term = {
    start: startKind,
    startDate: startKind === 'fixed_date' ? startsOn : null,
    durationMonths: indefinite ? null : durationMonths,
    indefinite,
    source: source(rng, 7),
  };
  if (!indefinite) {
    const mode = rng.next();
    if (mode < 0.4) {
      const notice = rng.next();
      clauses.renewal = {
        mode: 'tacit',
        periodMonths: rng.pick([null, null, 12, durationMonths]),
        maxRenewals: rng.chance(0.6) ? null : rng.int(1, 3),
        noticeMonths: notice < 0.6 ? rng.pick([1, 2, 3, 6]) : null,
        noticeDays: notice >= 0.6 && notice < 0.9 ? rng.pick([30, 60, 90]) : null,
        source: source(rng, 8),
      };
    } else if (mode < 0.65) {
      clauses.renewal = { mode: 'express', maxRenewals: rng.pick([null, 1, 2]), source: source(rng, 8) };
    } else if (mode < 0.8) {
      clauses.renewal = {
        mode: 'after_evaluation',
        maxRenewals: rng.pick([null, 1]),
        source: source(rng, 8),
      };
    } else if (mode < 0.9) {
      clauses.renewal = { mode: 'none', source: source(rng, 8) };
    }
  }
  if (rng.chance(0.5)) {
    const months = rng.chance(0.7);
    clauses.termination = {
      anyTime: true,
      noticeMonths: months ? rng.pick([3, 6]) : null,
      noticeDays: months ? null : 90,
      source: source(rng, 9),
    };
  }
  if (rng.chance(0.6)) {
    const deadlineMonth = rng.int(1, 12);
    const maxDay = deadlineMonth === 2 ? 29 : daysInMonth(2023, deadlineMonth);
    clauses.actionPlan = {
      deadlineMonth,
      deadlineDay: rng.chance(0.5) ? maxDay : rng.int(1, maxDay),
      yearOffset: rng.chance(0.4) ? -1 : 0,
      approvedBy: 'comité de pilotage',
      source: source(rng, 4),
    };
  }
  if (rng.chance(0.7)) {
    let annual = rng.chance(0.5);
    const beforeRenewal = rng.chance(0.4);
    const atTerm = rng.chance(0.3);
    if (!annual && !beforeRenewal && !atTerm) annual = true;
    clauses.evaluation = {
      annual,
      beforeRenewal,
      atTerm,
      leadMonths: rng.pick([null, 2, 3, 6]),
      source: source(rng, 6),
    };
  }
  if (rng.chance(0.65)) {
    clauses.committee = {
      name: 'Comité de pilotage',
      minMeetingsPerYear: rng.pick([1, 2, 4]),
      alternatingHost: rng.chance(0.5),
      decisionRule: rng.pick(['unanimity', 'consensus', 'majority'] as const),
      source: source(rng, 5),
    };
  }
  if (rng.chance(0.3)) clauses.amendment = { rule: 'avenant_signed_by_all', source: source(rng, 10) };

  // A few conventions were terminated between a year after their start and just before "today".
  let terminatedOn: IsoDate | null = null;
  const earliestEnd = toEpochDay(startsOn) + 365;
  const latestEnd = toEpochDay('2026-11-01');
  if (earliestEnd < latestEnd && rng.chance(0.04))
    terminatedOn = fromEpochDay(rng.int(earliestEnd, latestEnd));

  const year = Number(startsOn.slice(0, 4));
  return {
    id,
    doc: {
      reference: `BENCH-${String(index).padStart(6, '0')}`,
      title: `Convention de coopération décentralisée ${french} – ${moroccan} (${year})`,
      instrument: rng.pick(INSTRUMENTS),
      language: 'fr',
      object: rng.chance(0.5)
        ? `Coopération ${french} – ${moroccan} : eau, jeunesse, culture, développement économique.`
        : null,
      timeZone,
      effectiveOn: startKind === 'effective_date' && !draft ? startsOn : null,
      terminatedOn,
      parties,
      clauses,
      financialCommitments: [],
    },
  };
}
