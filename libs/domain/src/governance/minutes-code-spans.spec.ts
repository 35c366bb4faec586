import fc from 'fast-check';
import { renderMarkdown, sanitizeMarkdown } from './minutes-markdown';

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe('Markdown code spans', () => {
  it.each([
    ['`<script>`', '<p><code>&lt;script&gt;</code></p>'],
    [
      'Balise `<iframe src="x">` retirée',
      '<p>Balise <code>&lt;iframe src=&quot;x&quot;&gt;</code> retirée</p>',
    ],
    [
      '`<script>alert(1)</script>` et <script>alert(2)</script>fin',
      '<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code> et fin</p>',
    ],
    ['`[a](javascript:alert(1))`', '<p><code>[a](javascript:alert(1))</code></p>'],
  ])('keeps the text of %j, escaped', (input, html) => {
    expect(renderMarkdown(input)).toBe(html);
  });

  it('stores the code span as written while stripping the tags around it', () => {
    expect(sanitizeMarkdown('<b>gras</b> `<b>`')).toBe('gras `<b>`');
  });

  // Any one-line text without backticks or control characters survives a code span, escaped.
  const codeText = fc
    .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
    // eslint-disable-next-line no-control-regex -- control characters are what the case leaves out
    .filter((text) => !/[`\u0000-\u001F\u007F]/.test(text));

  it('keeps any text inside a code span (property)', () => {
    fc.assert(
      fc.property(codeText, (text) => {
        expect(renderMarkdown(`\`${text}\``)).toBe(`<p><code>${escape(text)}</code></p>`);
      }),
      { numRuns: 500 },
    );
  });

  it('lets no markup out of a code span next to raw HTML (property)', () => {
    const html = fc.constantFrom(
      '<script>x</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:x">y</a>',
    );
    fc.assert(
      fc.property(codeText, html, (text, raw) => {
        const rendered = renderMarkdown(`${raw} \`${text}\` ${raw}`);
        expect(rendered).not.toMatch(/<(?!\/?(p|code)\b)/i);
        expect(rendered).toContain(`<code>${escape(text)}</code>`);
      }),
      { numRuns: 300 },
    );
  });
});
