import { Injectable } from '@nestjs/common';
import { DomainError } from '@passerelle/domain';
import { answerFor, ExtractionAnswer } from '../extraction-answer';

/** POST /api/extract {text}: the proposal, at once; nothing saved. */
@Injectable()
export class ExtractFromTextUseCase {
  execute(text: string, language?: 'fr' | 'en'): ExtractionAnswer {
    if (text.trim().length === 0)
      throw new DomainError('invalid_input', 'text: empty (nothing to read)', 'text');
    return answerFor(text, language);
  }
}
