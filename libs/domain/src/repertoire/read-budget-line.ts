import { findDateMentions, foldAccents } from '../portfolio/imprecise-date';
import { findAmounts } from '../portfolio/money';
import { BudgetLine, ContributionNature } from '../portfolio/portfolio';
import { EntryParty, RepertoireProblem, SourceLine } from './repertoire-entry';

export function clean(text: string): string {
  return text
    .replace(/\*+/g, '')
    .replace(/^[-–✓→\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchParty(label: string, parties: EntryParty[]): EntryParty | undefined {
  const folded = foldAccents(label);
  return parties.find((party) => {
    const name = foldAccents(party.name);
    const town = foldAccents(
      party.name.replace(
        /^(Conseil (r[ée]gional|g[ée]n[ée]ral)|Province|Pr[ée]fecture|Communaut[ée] urbaine) (de la |de l'|de |d'|du )?/i,
        '',
      ),
    );
    return folded.includes(name) || (town.length > 3 && folded.includes(town));
  });
}

/** "du PAD Maroc (demande en cours)", "PAD de 187 083 €" → "PAD"; other co-financers as named. */
export function cofinancerName(words: string): string {
  const name = words.replace(/^(du |de la |de l'|des |de )/i, '').trim();
  const known = /^(PAD|MAE|DAECT|AFD|DGCL|FEDER|PCM|UE)\b/.exec(name);
  return known ? known[1] : name;
}

/** One line of a budget or financing block → a budget line, or a problem (no currency). */
export function readBudgetLine(
  source: SourceLine,
  parties: EntryParty[],
  inCostBlock: boolean,
): { line: BudgetLine | null; problem: RepertoireProblem | null } {
  const text = clean(source.text);
  const colon = text.indexOf(':');
  const label = colon > 0 ? text.slice(0, colon).trim() : null;
  const value = colon > 0 ? text.slice(colon + 1) : text;
  const amounts = findAmounts(value);
  const cofinancing = /^co-?financements?\s+(.+)$/i.exec(label ?? text.replace(/[.;]$/, ''));
  const years = findDateMentions(text).filter((mention) => mention.date?.precision === 'year');
  const yearFrom = years[0] ? Number(years[0].words) : null;
  const yearTo = years.length > 1 ? Number(years[years.length - 1].words) : yearFrom;
  if (amounts.length === 0) {
    if (!cofinancing) return { line: null, problem: null };
    const name = cofinancerName(cofinancing[1].replace(/\s+en\s+(19|20)\d{2}.*$/, '').replace(/[.;]$/, ''));
    return {
      line: {
        role: 'contribution',
        amount: null,
        currency: null,
        contributor: name,
        contributorKind: matchParty(name, parties) ? 'party' : 'cofinancer',
        nature: null,
        yearFrom,
        yearTo,
        words: source.text,
        line: source.line,
      },
      problem: null,
    };
  }
  const [first] = amounts;
  // "1 architecte paysagiste", "2 personnes": a count, not an amount.
  if (!first.currency && /^\s*[A-Za-zÀ-ÿ]/.test(value.slice(first.end))) return { line: null, problem: null };
  if (!first.currency) {
    return {
      line: null,
      problem: {
        line: source.line,
        field: 'projects.budgetLines',
        message: `amount without currency: « ${text} »`,
      },
    };
  }
  const folded = foldAccents(text);
  const role =
    /cout total|^total|budget global|cout du projet/.test(folded) || (!label && !cofinancing && !inCostBlock)
      ? 'total'
      : inCostBlock && !cofinancing
        ? 'expense'
        : 'contribution';
  const inKind = /dont valorisation\s*:?\s*([\d\s.,]+)/i.exec(value);
  const nature: ContributionNature | null =
    role !== 'contribution'
      ? null
      : inKind || /financi[eè]re et valoris/i.test(value)
        ? 'mixed'
        : /valoris/i.test(value)
          ? 'in_kind'
          : 'cash';
  const contributor = cofinancing ? cofinancerName(cofinancing[1]) : label;
  return {
    line: {
      role,
      amount: first.amount,
      currency: first.currency,
      contributor,
      contributorKind:
        role === 'contribution' && contributor
          ? matchParty(contributor, parties)
            ? 'party'
            : 'cofinancer'
          : null,
      nature,
      inKindAmount: inKind
        ? (findAmounts(`${inKind[1]} ${first.currency === 'EUR' ? '€' : 'Dhs'}`)[0]?.amount ?? null)
        : null,
      yearFrom,
      yearTo,
      words: source.text,
      line: source.line,
    },
    problem: null,
  };
}
