import { FinancialCommitment } from '../conventions/convention';
import { findDateMentions } from '../portfolio/imprecise-date';
import { findAmounts } from '../portfolio/money';
import { FieldSource, HistoryEvent, PartnershipState } from '../portfolio/portfolio';
import { matchParty } from './read-projects';
import { EntryParty, RepertoireProblem, SourceLine } from './repertoire-entry';

export function field(lines: SourceLine[], pattern: RegExp): SourceLine | undefined {
  return lines.find((line) => pattern.test(line.text));
}

export function readDomains(lines: SourceLine[]): {
  domains: string[];
  source: SourceLine | null;
  lineTo: number;
} {
  const index = lines.findIndex((line) => /^Domaines d'activit[ée]s\s*:/.test(line.text));
  if (index < 0) return { domains: [], source: null, lineTo: 0 };
  const inline = lines[index].text.replace(/^Domaines d'activit[ée]s\s*:\s*/, '').replace(/\.$/, '');
  if (inline) {
    return {
      domains: inline
        .split(/\s*;\s*/)
        .map((item) => item.trim())
        .filter(Boolean),
      source: lines[index],
      lineTo: lines[index].line,
    };
  }
  // Champagne-Ardenne: the axes follow as a list ("- Développement durable : agriculture …").
  const domains: string[] = [];
  let lineTo = lines[index].line;
  for (const line of lines.slice(index + 1)) {
    if (/^PROJETS?\b/.test(line.text)) break;
    const item = /^-\s*([^:]+?)\s*(:.*)?\.?$/.exec(line.text);
    if (item) {
      domains.push(item[1].replace(/\.$/, '').trim());
      lineTo = line.line;
    }
  }
  return { domains: [...new Set(domains)], source: lines[index], lineTo };
}

/** "Aix-en-Provence : 200 000 €", "Cléon : 10 000 € en 2007." under "Budget attribué au partenariat". */
export function readCommitments(
  lines: SourceLine[],
  parties: EntryParty[],
  problems: RepertoireProblem[],
  sources: FieldSource[],
): FinancialCommitment[] {
  const start = lines.findIndex((line) => /^Budget attribu/.test(line.text));
  if (start < 0) return [];
  const commitments: FinancialCommitment[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.text === '') continue;
    const labelled = /^([^:]+?)\s*:\s*(.+)$/.exec(line.text);
    if (!labelled || /^(Ressources|Comit|Mise en|Autres)/.test(line.text)) break;
    const party = matchParty(labelled[1], parties);
    const amounts = findAmounts(labelled[2]);
    const [amount] = amounts;
    if (!party || !amount) continue;
    // "15 000 € - 20 000 € / an": a range is not one commitment; the officer decides.
    if (amounts.filter((item) => item.currency).length > 1) {
      problems.push({
        line: line.line,
        field: 'financialCommitments',
        message: `several amounts, not recorded as a commitment: « ${line.text} »`,
      });
      continue;
    }
    if (!amount.currency && /^\s*[A-Za-zÀ-ÿ]/.test(labelled[2].slice(amount.end))) continue;
    if (!amount.currency) {
      problems.push({
        line: line.line,
        field: 'financialCommitments',
        message: `amount without currency: « ${line.text} »`,
      });
      continue;
    }
    const year = findDateMentions(labelled[2]).find((mention) => mention.date?.precision === 'year');
    sources.push({
      field: `financialCommitments[${commitments.length}]`,
      lineFrom: line.line,
      lineTo: line.line,
      quote: line.text,
    });
    commitments.push({
      party: party.name,
      amount: amount.amount,
      currency: amount.currency,
      year: year ? Number(year.words) : null,
      note: /environ|avoisine|moyenne|hors/i.test(labelled[2]) ? labelled[2].trim() : null,
    });
  }
  return commitments;
}

export function stateFromText(lines: SourceLine[]): { state: PartnershipState; event: HistoryEvent } | null {
  for (const line of lines) {
    // The sentence pattern backtracks on long lines: look for the words first.
    if (!/suspendue|pris fin|n'existe plus/i.test(line.text)) continue;
    const sentence =
      /[^.]*\b(aujourd'hui suspendue|est suspendue|a pris fin|ont pris fin|n'existe plus)[^.]*\.?/i.exec(
        line.text,
      );
    if (sentence) {
      const ended = !/suspendu/i.test(sentence[1]);
      return {
        state: ended ? 'ended' : 'suspended',
        event: {
          kind: ended ? 'ended' : 'suspended',
          date: null,
          words: sentence[0].trim(),
          line: line.line,
        },
      };
    }
  }
  return null;
}
