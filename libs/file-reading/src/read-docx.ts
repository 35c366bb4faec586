import mammoth from 'mammoth';

/** The text of a Word document, paragraph by paragraph (mammoth's raw text). */
export async function readDocx(content: Buffer): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: content });
  return result.value;
}
