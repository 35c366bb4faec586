/**
 * npm run eval:extraction — field-level precision and recall of libs/extraction on the labelled
 * corpus (test/extraction/corpus), per field and overall, for the tuning part and the held-out
 * part separately, with every miss; then both parts again with their lines wrapped at 70 and 55
 * columns, as a PDF's text layer may give them. A measurement: nothing here passes or fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TERM_STARTS } from '@passerelle/domain';
import { extractConvention, foldForCompare } from '@passerelle/extraction';

type Json = Record<string, unknown>;
interface Entry {
  id: string;
  split: 'tuning' | 'held_out';
  text: string;
  expected: Json;
}

const corpusDir = join(process.cwd(), 'test', 'extraction', 'corpus');

function loadCorpus(): Entry[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.json$/, '');
      const meta = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as Json;
      return {
        id,
        split: meta.split as Entry['split'],
        text: readFileSync(join(corpusDir, `${id}.txt`), 'utf8'),
        expected: meta.expected as Json,
      };
    });
}

/** Leaf fields of a document, parties and commitments aside; `source` is not a field. */
function leaves(document: Json, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(document)) {
    if (
      ['parties', 'financialCommitments', 'source', 'title', 'object', 'reference', 'language'].includes(key)
    )
      continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const [k, v] of leaves(value as Json, path)) out.set(k, v);
    else if (value !== null && value !== undefined) out.set(path, value);
  }
  return out;
}

const same = (a: unknown, b: unknown) =>
  typeof a === 'string' || typeof b === 'string' || Array.isArray(a)
    ? foldForCompare(JSON.stringify(a)) === foldForCompare(JSON.stringify(b))
    : JSON.stringify(a) === JSON.stringify(b);

/** A party's name as compared: no article, no "Ville de", case and accents folded. */
function partyKey(name: string): string {
  return foldForCompare(name)
    .replace(
      /^(la |le |l'|the )?(ville|commune|city|town|municipality|departement|region)\s+(de la |de l'|de |d'|du |des |of )?/,
      '',
    )
    .replace(/\s+city$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
type Counts = Map<string, Tally>;
const tally = (counts: Counts, field: string) => {
  if (!counts.has(field)) counts.set(field, { tp: 0, fp: 0, fn: 0 });
  return counts.get(field)!;
};

function score(entry: Entry, counts: Counts, misses: string[]) {
  const { document } = extractConvention(entry.text, { termStarts: TERM_STARTS });
  const expected = leaves(entry.expected);
  const found = leaves(document);
  for (const [field, value] of expected) {
    if (!found.has(field)) {
      tally(counts, field).fn++;
      misses.push(`${entry.id}: missed ${field} = ${JSON.stringify(value)}`);
    } else if (same(found.get(field), value)) tally(counts, field).tp++;
    else {
      tally(counts, field).fn++;
      tally(counts, field).fp++;
      misses.push(
        `${entry.id}: wrong ${field} = ${JSON.stringify(found.get(field))}, expected ${JSON.stringify(value)}`,
      );
    }
  }
  for (const [field, value] of found) {
    if (!expected.has(field)) {
      tally(counts, field).fp++;
      misses.push(`${entry.id}: invented ${field} = ${JSON.stringify(value)}`);
    }
  }
  const expectedParties = (entry.expected.parties as Json[] | undefined) ?? [];
  const foundParties = ((document.parties as Json[] | undefined) ?? []).slice();
  for (const party of expectedParties) {
    const index = foundParties.findIndex((p) => partyKey(String(p.name)) === partyKey(String(party.name)));
    const match = index >= 0 ? foundParties.splice(index, 1)[0] : undefined;
    for (const [key, value] of Object.entries(party)) {
      const field = `parties.${key}`;
      if (!match || match[key] === undefined) {
        tally(counts, field).fn++;
        misses.push(`${entry.id}: missed ${field} = ${JSON.stringify(value)} (${String(party.name)})`);
      } else if (key === 'name' || same(match[key], value)) tally(counts, field).tp++;
      else {
        tally(counts, field).fn++;
        tally(counts, field).fp++;
        misses.push(
          `${entry.id}: wrong ${field} = ${JSON.stringify(match[key])}, expected ${JSON.stringify(value)} (${String(party.name)})`,
        );
      }
    }
    if (match) {
      for (const [key, value] of Object.entries(match)) {
        if (party[key] === undefined) {
          tally(counts, `parties.${key}`).fp++;
          misses.push(
            `${entry.id}: invented parties.${key} = ${JSON.stringify(value)} (${String(party.name)})`,
          );
        }
      }
    }
  }
  for (const extra of foundParties) {
    for (const [key, value] of Object.entries(extra)) {
      tally(counts, `parties.${key}`).fp++;
      misses.push(`${entry.id}: invented parties.${key} = ${JSON.stringify(value)} (no such party)`);
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? '   —' : (a / b).toFixed(2));

function totals(entries: Entry[]) {
  const counts: Counts = new Map();
  const misses: string[] = [];
  for (const entry of entries) score(entry, counts, misses);
  const total = [...counts.values()].reduce(
    (sum, t) => ({ tp: sum.tp + t.tp, fp: sum.fp + t.fp, fn: sum.fn + t.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { counts, misses, total };
}

/** The text as a PDF's text layer may give it: every line wrapped at `width` columns. */
function wrapped(entry: Entry, width: number): Entry {
  const lines = entry.text.split('\n').map((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && `${current} ${word}`.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return [...out, current].join('\n');
  });
  return { ...entry, text: lines.join('\n') };
}

function report(title: string, entries: Entry[]) {
  const { counts, misses, total } = totals(entries);
  console.log(`\n## ${title}: ${entries.length} texts (${entries.map((e) => e.id).join(', ')})\n`);
  console.log('| field | expected | found | correct | precision | recall |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [field, t] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `| ${field} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${t.tp} | ${ratio(t.tp, t.tp + t.fp)} | ${ratio(t.tp, t.tp + t.fn)} |`,
    );
  }
  console.log(
    `| **overall** | ${total.tp + total.fn} | ${total.tp + total.fp} | ${total.tp} | **${ratio(total.tp, total.tp + total.fp)}** | **${ratio(total.tp, total.tp + total.fn)}** |`,
  );
  console.log(`\nMisses (${misses.length}):`);
  for (const miss of misses) console.log(`- ${miss}`);
}

const corpus = loadCorpus();
console.log(`# Extraction on the labelled corpus (${corpus.length} texts)`);
report(
  'Tuning part (the rules were written looking at these)',
  corpus.filter((e) => e.split === 'tuning'),
);
report(
  'Held-out part (never looked at while writing the rules)',
  corpus.filter((e) => e.split === 'held_out'),
);

console.log('\n## The same texts with every line wrapped at 70 and 55 columns (overall only)\n');
console.log('| part | columns | precision | recall |');
console.log('| --- | ---: | ---: | ---: |');
for (const split of ['tuning', 'held_out'] as const) {
  for (const width of [70, 55]) {
    const { total } = totals(corpus.filter((e) => e.split === split).map((e) => wrapped(e, width)));
    console.log(
      `| ${split} | ${width} | ${ratio(total.tp, total.tp + total.fp)} | ${ratio(total.tp, total.tp + total.fn)} |`,
    );
  }
}
