import fc from 'fast-check';
import { assertJsonDepth, assertNoControlCharacters, InputProblem, MAX_JSON_DEPTH } from './input-limits';

const depthOf = (text: string) => {
  try {
    assertJsonDepth(Buffer.from(text));
    return 'ok';
  } catch (error) {
    return (error as InputProblem).type;
  }
};

describe('input limits', () => {
  it('measures nesting outside strings only', () => {
    expect(depthOf('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBe('ok');
    expect(depthOf('['.repeat(MAX_JSON_DEPTH + 1))).toBe('entity.too.deep');
    expect(depthOf(JSON.stringify({ text: '{'.repeat(10_000) }))).toBe('ok');
    expect(depthOf(JSON.stringify({ text: 'a\\"[[[[' }) + '['.repeat(40))).toBe('entity.too.deep');
  });

  it('agrees with the real depth of any JSON value (property)', () => {
    const depth = (value: unknown): number =>
      value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 40 }), (value) => {
        const expected = depth(value) > MAX_JSON_DEPTH ? 'entity.too.deep' : 'ok';
        expect(depthOf(JSON.stringify(value))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('names the path of the first control character', () => {
    const problem = (value: unknown) => {
      try {
        assertNoControlCharacters(value);
        return null;
      } catch (error) {
        return (error as InputProblem).field;
      }
    };
    expect(problem({ parties: [{ name: 'ok' }, { name: 'a\u0000b' }] })).toBe('parties[1].name');
    expect(problem({ text: 'lignes\n\tet\r\n' })).toBeNull();
    expect(problem({ ['clé\u0001']: 1 })).toBe('clé?');
    expect(problem('\u007f')).toBe('body');
    expect(problem({ email: '\ud800' })).toBe('email');
    expect(problem({ email: 'x\udc00' })).toBe('email');
    expect(problem({ text: 'émoji 😀 et 中文' })).toBeNull();
  });
});
