import { parseDate } from './dates';
import { RENEWAL_WORDS } from './patterns';
import { Article, articleAt, findArticles, sentenceAt, sentenceSpans } from './structure';
import { buildTextView, normOffset, TextView } from './text-view';

/** One field read from the text: where it is, what it says, how sure the reading is. */
export interface Finding {
  /** Dotted path into the proposed document: "clauses.term.durationMonths", "parties[1].signedOn". */
  field: string;
  value: unknown;
  /** Verbatim from the text: text.slice(start, end). */
  quote: string;
  start: number;
  end: number;
  article: string | null;
  /** 0–1; below LOW_CONFIDENCE the review screen flags the field. */
  confidence: number;
}

export const LOW_CONFIDENCE = 0.8;

export interface ExtractionWarning {
  /** A key of the locales (extraction.warnings.<code>). */
  code: string;
  field?: string;
  params?: Record<string, string | number>;
}

/** A sentence with its folded text and the offsets to go back to the original. */
export interface Sentence {
  start: number;
  end: number;
  /** Folded text (see TextView) of the sentence. */
  norm: string;
  normStart: number;
  article: Article | undefined;
  index: number;
}

/** The text read once: its view, articles and sentences; findings and warnings gathered here. */
export class Reading {
  readonly view: TextView;
  readonly articles: Article[];
  readonly sentences: Sentence[];
  readonly findings: Finding[] = [];
  readonly warnings: ExtractionWarning[] = [];

  constructor(
    readonly text: string,
    /** The domain knows the `after_approvals` start (CONTRACT §7). */
    readonly afterApprovals = false,
  ) {
    this.view = buildTextView(text);
    this.articles = findArticles(text);
    this.sentences = sentenceSpans(text, this.articles).map(([start, end], index) => {
      const normStart = normOffset(this.view, start);
      const normEnd = normOffset(this.view, end);
      return {
        start,
        end,
        norm: this.view.norm.slice(normStart, normEnd),
        normStart,
        article: articleAt(this.articles, start),
        index,
      };
    });
  }

  /** Sentences whose folded text matches. */
  sentencesMatching(pattern: RegExp): Sentence[] {
    return this.sentences.filter((sentence) => pattern.test(sentence.norm));
  }

  sentenceAtOffset(offset: number): Sentence | undefined {
    const [start] = sentenceAt(
      this.sentences.map((s) => [s.start, s.end] as [number, number]),
      offset,
    );
    return this.sentences.find((sentence) => sentence.start === start);
  }

  /** Original [start, end) of a match inside a sentence's folded text. */
  spanOf(sentence: Sentence, normIndex: number, length: number): [number, number] {
    const from = sentence.normStart + normIndex;
    const start = this.view.map[from];
    const end = (this.view.map[from + Math.max(0, length - 1)] ?? this.text.length - 1) + 1;
    return [start, end];
  }

  /** Records a finding quoting the whole span [start, end) of the original text. */
  add(field: string, value: unknown, start: number, end: number, confidence: number): Finding {
    const existing = this.findings.find((finding) => finding.field === field);
    if (existing) {
      if (JSON.stringify(existing.value) !== JSON.stringify(value)) {
        // Two readings disagree: keep the first, flag it, never pick silently.
        existing.confidence = Math.min(existing.confidence, 0.5);
        if (!this.warnings.some((w) => w.code === 'conflicting_values' && w.field === field)) {
          this.warnings.push({ code: 'conflicting_values', field });
        }
      }
      return existing;
    }
    const article = articleAt(this.articles, start);
    const finding: Finding = {
      field,
      value,
      quote: this.text.slice(start, end),
      start,
      end,
      article: article?.number ?? null,
      confidence: Math.round(confidence * 100) / 100,
    };
    this.findings.push(finding);
    return finding;
  }

  /** A finding quoting its sentence. */
  addFromSentence(field: string, value: unknown, sentence: Sentence, confidence: number): Finding {
    return this.add(field, value, sentence.start, sentence.end, confidence);
  }

  parseDateText(folded: string): string | null {
    return parseDate(folded);
  }

  /** The sentence, or the one before it in the same article, speaks of renewal. */
  hasRenewalTalk(sentence: Sentence): boolean {
    if (RENEWAL_WORDS.test(sentence.norm) || /\b(tacite|echeance|expiry)\b/.test(sentence.norm)) return true;
    const previous = this.sentences[sentence.index - 1];
    return (
      previous !== undefined && previous.article === sentence.article && RENEWAL_WORDS.test(previous.norm)
    );
  }

  has(field: string): boolean {
    return this.findings.some((finding) => finding.field === field);
  }

  warn(code: string, field?: string, params?: Record<string, string | number>) {
    if (!this.warnings.some((w) => w.code === code && w.field === field)) {
      this.warnings.push({ code, ...(field ? { field } : {}), ...(params ? { params } : {}) });
    }
  }
}
