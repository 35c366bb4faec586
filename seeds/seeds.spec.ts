import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConventionDocument, CLAUSE_KINDS, isIsoDate, validateConvention } from '@passerelle/domain';

const collapse = (text: string) => text.replace(/\s+/g, ' ');
const originals = fs
  .readdirSync(path.join(__dirname, 'originals'))
  .map((file) => collapse(fs.readFileSync(path.join(__dirname, 'originals', file), 'utf8')));
const documents: Array<[string, ConventionDocument]> = fs
  .readdirSync(path.join(__dirname, 'conventions'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(fs.readFileSync(path.join(__dirname, 'conventions', file), 'utf8'))]);

describe('seed conventions', () => {
  it('are the four conventions of ../shared/seeds', () => {
    expect(documents.map(([, doc]) => doc.reference).sort()).toEqual([
      'ANTONY-TAROUDANT-2024',
      'CHAMBERY-TAROUDANT-2023',
      'DIJON-CHEFCHAOUEN-2016',
      'VLG-TIZNIT-2023',
    ]);
  });

  describe.each(documents)('%s', (_file, doc) => {
    it('passes the domain rules', () => {
      expect(validateConvention(doc)).toEqual([]);
    });

    it('quotes every clause verbatim from its original text', () => {
      for (const kind of CLAUSE_KINDS) {
        const clause = doc.clauses[kind];
        if (!clause) continue;
        expect(clause.source?.quote).toBeTruthy();
        const quote = collapse(clause.source!.quote);
        expect(originals.some((text) => text.includes(quote))).toBe(true);
      }
    });

    it('writes real dates or null, never an invented placeholder', () => {
      const dates = [
        doc.effectiveOn,
        doc.terminatedOn,
        doc.clauses.term?.startDate,
        ...doc.parties.flatMap((party) => [
          party.deliberationOn,
          party.signedOn,
          party.prefectureTransmissionOn,
          party.visaOn,
        ]),
      ];
      for (const date of dates) expect(date === null || date === undefined || isIsoDate(date)).toBe(true);
    });
  });
});
