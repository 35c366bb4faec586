import { findDateMentions, foldAccents } from '../portfolio/imprecise-date';
import { Project, ProjectStatus } from '../portfolio/portfolio';
import { clean, cofinancerName, readBudgetLine } from './read-budget-line';
import { EntryParty, RepertoireProblem, SourceLine } from './repertoire-entry';

export { matchParty } from './read-budget-line';

const SECTION = /^(PROJETS?\b.*|INTENTIONS? DE PROJETS?|SUIVI DES PROJETS.*)$/;
const LABEL =
  /^(Description du projet|Partenaires?( & financement)?|Budget.*|Financements?|R[ée]sultats.*|B[ée]n[ée]ficiaires.*|Observations|Contexte.*|Historique|Impact.*|Perspectives.*|Lieu\b.*|Ma[îi]tre d'ouvrage.*|Assistant.*|Facteurs.*|Partenaires (au Maroc|en France).*)$/;
const BUDGET_LABEL = /^(Budget|Financements?|Co[uû]t|Partenaires & financement)/;

function statusOf(section: string): ProjectStatus {
  const folded = foldAccents(section);
  if (/intention/.test(folded)) return 'planned';
  if (/realise|suivi/.test(folded)) return 'done';
  return 'in_progress';
}

// One upper-case word is a domain only if it is one of these: "ISCAE", "ADEFRAM" are partners' acronyms.
const ONE_WORD_DOMAINS = new Set(
  'JEUNESSE TOURISME PATRIMOINE CULTURE EDUCATION ECHANGES ARTISANAT ENVIRONNEMENT AMENAGEMENT EAU-ASSAINISSEMENT ENSEIGNEMENT SPORT LECTURE TRANSPORTS FEMMES SANTE ECOTOURISME ASSOCIATIONS AGRICULTURE FORMATION GOUVERNANCE URBANISME ECONOMIE'.split(
    ' ',
  ),
);

/** An upper-case line names the domains of the projects under it ("CULTURE, ÉDUCATION"). */
function isDomainHeading(text: string): boolean {
  if (!/[A-ZÀ-Ý]{3}/.test(text) || /[a-zà-ÿ]/.test(text) || SECTION.test(text) || /^→/.test(text))
    return false;
  return /[\s,/]/.test(text.trim()) || ONE_WORD_DOMAINS.has(foldAccents(text.trim()).toUpperCase());
}

function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('fr');
  return lower.charAt(0).toLocaleUpperCase('fr') + lower.slice(1);
}

function isPlain(text: string): boolean {
  return (
    text !== '' &&
    !/^[-–✓→+•*]/.test(text) &&
    !LABEL.test(text) &&
    !isDomainHeading(text) &&
    !SECTION.test(text)
  );
}

/** "(débuté le 9 juillet 2007 - 24 mois)", "(2000-2006)", "(septembre 2006 - décembre 2008)". */
function readPeriod(title: string): { title: string; period: string | null; cofinancer: string | null } {
  let rest = title;
  let cofinancer: string | null = null;
  const cofinancing = /\s*[-–]\s*Co-?financement\s+(.+)$/i.exec(rest);
  if (cofinancing) {
    cofinancer = cofinancing[1].trim();
    rest = rest.slice(0, cofinancing.index).trim();
  }
  rest = rest.replace(/\s*[-–]\s*$/, '');
  const period = /\(([^()]*(?:19|20)\d{2}[^()]*)\)\s*$/.exec(rest);
  if (!period) return { title: rest.trim(), period: null, cofinancer };
  return { title: rest.slice(0, period.index).trim(), period: period[1].trim(), cofinancer };
}

/**
 * The projects of an entry's lines from its first project section (or from after its domains
 * when there is none, as in Marseille's blocks) to its "INFORMATIONS" or "CONTACTS".
 */
export function readProjects(
  lines: SourceLine[],
  parties: EntryParty[],
): { projects: Project[]; problems: RepertoireProblem[] } {
  const problems: RepertoireProblem[] = [];
  const projects: Project[] = [];
  const end = lines.findIndex((line) =>
    /^(INFORMATIONS RELATIVES|CONTACTS?\b|Contacts? [àa] )/.test(line.text),
  );
  const region = lines.slice(0, end < 0 ? lines.length : end);
  let start = region.findIndex((line) => SECTION.test(line.text));
  if (start < 0) start = region.findIndex((line) => /^Domaines d'activit/.test(line.text)) + 1;
  if (start <= 0) return { projects, problems };

  let status: ProjectStatus = 'in_progress';
  let domains: string[] = [];
  let current: { project: Project; lines: SourceLine[]; cofinancer: string | null } | null = null;
  const finish = () => {
    if (current)
      projects.push(readProjectBody(current.project, current.lines, current.cofinancer, parties, problems));
    current = null;
  };
  const next = (index: number) => region.slice(index + 1).find((line) => line.text !== '')?.text ?? '';
  const previous = (index: number) =>
    [...region.slice(0, index)].reverse().find((line) => line.text !== '')?.text ?? '';
  for (let index = start; index < region.length; index += 1) {
    const { text } = region[index];
    if (text === '') continue;
    if (SECTION.test(text)) {
      finish();
      status = statusOf(text);
      continue;
    }
    if (isDomainHeading(text)) {
      finish();
      domains = text
        .split(/\s*[,/]\s*/)
        .map(sentenceCase)
        .filter((domain) => domain.length > 1);
      continue;
    }
    const after = next(index);
    const before = previous(index);
    // A line before "Objectifs" or "Description du projet" opens a project unless the current one
    // still waits for its own: "Du point de vue des ODM, …" between them is the current project's text.
    const has = (pattern: RegExp) => Boolean(current?.lines.some((line) => pattern.test(line.text)));
    const OBJECTIVES = /^→\s*\*?\s*Objectif/;
    const DESCRIPTION = /^Description du projet$/;
    const titleLike =
      isPlain(text) &&
      text.length < 300 &&
      !/[:;]$/.test(text) &&
      (isDomainHeading(before) ||
        SECTION.test(before) ||
        (/^→\s*\*?\s*Objectifs?/.test(after) && (!has(OBJECTIVES) || has(LABEL))) ||
        (DESCRIPTION.test(after) && (!current || has(DESCRIPTION))));
    if (titleLike && !(current && current.lines.length === 0)) {
      finish();
      const { title, period, cofinancer } = readPeriod(text);
      const mentions = period ? findDateMentions(period).filter((mention) => mention.date) : [];
      current = {
        project: {
          title,
          status,
          period,
          startsOn: mentions[0]?.date ?? null,
          endsOn: mentions.length > 1 ? mentions[mentions.length - 1].date : null,
          objectives: null,
          projectOwner: null,
          beneficiaries: null,
          domains,
          budgetLines: [],
          lineFrom: region[index].line,
          lineTo: region[index].line,
        },
        lines: [],
        cofinancer,
      };
      continue;
    }
    if (current) {
      current.lines.push(region[index]);
      current.project.lineTo = region[index].line;
    }
  }
  finish();
  return { projects, problems };
}

function readProjectBody(
  project: Project,
  lines: SourceLine[],
  cofinancer: string | null,
  parties: EntryParty[],
  problems: RepertoireProblem[],
): Project {
  let block: string | null = null;
  const objectives: string[] = [];
  const beneficiaries: string[] = [];
  const costBlock = lines.some((line) => /^Financement/.test(line.text));
  for (const source of lines) {
    const { text } = source;
    if (text === '') continue;
    const objective = /^→\s*\*?\s*Objectifs?\s*\*?\s*:?\s*\*?(.*)$/.exec(text);
    if (objective) {
      block = 'objectives';
      if (clean(objective[1])) objectives.push(clean(objective[1]));
      continue;
    }
    const owner = /^Ma[îi]tre d'ouvrage\s*:\s*(.+)$/.exec(text);
    if (owner) {
      project.projectOwner = owner[1].replace(/\.$/, '').trim();
      continue;
    }
    const inlineBeneficiaries = /^B[ée]n[ée]ficiaires[^:]*:\s*(.+)$/.exec(text);
    if (inlineBeneficiaries) {
      beneficiaries.push(clean(inlineBeneficiaries[1]));
      block = 'beneficiaries';
      continue;
    }
    if (LABEL.test(text)) {
      block = BUDGET_LABEL.test(text)
        ? /^Financement|& financement/.test(text) || !costBlock
          ? 'financing'
          : 'cost'
        : /^B[ée]n[ée]ficiaires/.test(text)
          ? 'beneficiaries'
          : 'other';
      continue;
    }
    if (block === 'objectives' && /^[-–✓*]/.test(text)) objectives.push(clean(text));
    else if (block === 'beneficiaries') beneficiaries.push(clean(text).replace(/[;.]$/, ''));
    else if (block === 'financing' || block === 'cost' || /^co-?financement/i.test(clean(text))) {
      const { line, problem } = readBudgetLine(source, parties, block === 'cost');
      if (line) project.budgetLines.push(line);
      if (problem) problems.push(problem);
    } else if (block === 'objectives') block = 'other';
  }
  if (
    cofinancer &&
    !project.budgetLines.some(
      (line) => foldAccents(line.contributor ?? '') === foldAccents(cofinancerName(cofinancer as string)),
    )
  ) {
    cofinancer = cofinancerName(cofinancer);
    project.budgetLines.push({
      role: 'contribution',
      amount: null,
      currency: null,
      contributor: cofinancer,
      contributorKind: 'cofinancer',
      nature: null,
      words: `Cofinancement ${cofinancer}`,
      line: project.lineFrom,
    });
  }
  project.objectives = objectives.length ? objectives.join('\n') : null;
  project.beneficiaries = beneficiaries.length ? beneficiaries.join('; ') : null;
  return project;
}
