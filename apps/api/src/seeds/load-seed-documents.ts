import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConventionDocument } from '@passerelle/domain';

/** Reads every seeds/conventions/*.json, in file-name order. */
export function loadSeedDocuments(directory: string): ConventionDocument[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as ConventionDocument);
}
