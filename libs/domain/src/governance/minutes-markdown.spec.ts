import { renderMarkdown, sanitizeMarkdown } from './minutes-markdown';

describe('sanitizeMarkdown', () => {
  it.each([
    [
      '# Comité de pilotage\n\n**Présents** : M. le Maire',
      '# Comité de pilotage\n\n**Présents** : M. le Maire',
    ],
    ['Ordre du jour<script>alert(1)</script> validé', 'Ordre du jour validé'],
    ['<SCRIPT type="text/javascript">steal()</SCRIPT >ok', 'ok'],
    ['<scr<script>x</script>ipt>alert(1)</script>', 'alert(1)'],
    ['<img src=x onerror=alert(1)>image', 'image'],
    ['<a href="javascript:alert(1)">lien</a>', 'lien'],
    ['<!-- caché --><b>gras</b>', 'gras'],
    ['<iframe src="https://evil.example"></iframe>fin', 'fin'],
    ['[cliquer](javascript:alert(1))', '[cliquer](#)'],
    ['[cliquer]( JAVASCRIPT:alert(1) "titre")', '[cliquer](# "titre")'],
    ['[pv]: javascript:alert(1)', '[pv]: #'],
    ['[site](https://tiznit.ma/pv?a=1&b=2)', '[site](https://tiznit.ma/pv?a=1&b=2)'],
    ['budget < 15 000 € et > 0', 'budget < 15 000 € et > 0'],
    ['ligne\r\nsuivante\u0000\u0007  ', 'ligne\nsuivante'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeMarkdown(input)).toBe(expected);
  });
});

describe('renderMarkdown', () => {
  it('renders the safe subset', () => {
    expect(
      renderMarkdown(
        '# Procès-verbal\n\nLe comité **valide** le *programme* 2027.\n\n- axe 1 : eau\n- axe 2 : `jeunesse`\n\n1. premier\n2. second\n\n> citation\n\n[annexe](https://ville.example/pv.pdf)',
      ),
    ).toBe(
      [
        '<h1>Procès-verbal</h1>',
        '<p>Le comité <strong>valide</strong> le <em>programme</em> 2027.</p>',
        '<ul><li>axe 1 : eau</li><li>axe 2 : <code>jeunesse</code></li></ul>',
        '<ol><li>premier</li><li>second</li></ol>',
        '<blockquote><p>citation</p></blockquote>',
        '<p><a href="https://ville.example/pv.pdf" rel="nofollow noopener noreferrer">annexe</a></p>',
      ].join('\n'),
    );
  });

  it.each([
    'x <script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '[a](javascript:alert(1))',
    '[a](data:text/html;base64,PHNjcmlwdD4=)',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '`<script>`',
    '**<b onmouseover=alert(1)>x</b>**',
    '[a_b](https://x.example/a_b_c)',
  ])('never lets markup through: %j', (input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<(?!\/?(p|h[1-6]|ul|ol|li|blockquote|strong|em|code|br|a)\b)/i);
    expect(html).not.toMatch(/javascript:|data:|onerror|onmouseover=|<script/i);
  });

  it('escapes what looks like markup and keeps URLs whole', () => {
    expect(renderMarkdown('a < b & c')).toBe('<p>a &lt; b &amp; c</p>');
    expect(renderMarkdown('[a_b](https://x.example/a_b_c)')).toBe(
      '<p><a href="https://x.example/a_b_c" rel="nofollow noopener noreferrer">a_b</a></p>',
    );
  });
});
