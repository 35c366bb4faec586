import { Injectable } from '@nestjs/common';
import { Actor, visibilityScope } from '@passerelle/domain';
import { SearchReadModel, SearchResults } from '../../ports/search-read-model';

/** Spaces, hyphens, apostrophes and dashes all separate words: "villeneuve la garenne" finds Villeneuve-la-Garenne. */
export function searchWords(q: string): string[] {
  return q
    .split(/[\s\-‐–—'’]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

@Injectable()
export class SearchEverythingUseCase {
  constructor(private readonly readModel: SearchReadModel) {}

  async execute(q: string, actor: Actor, limit = 10): Promise<SearchResults> {
    const words = searchWords(q);
    if (words.length === 0) return { conventions: [], parties: [], meetings: [] };
    return this.readModel.search(words, visibilityScope(actor), limit);
  }
}
