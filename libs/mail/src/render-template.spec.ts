import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderTemplate } from './render-template';
import { sampleMails } from './preview/sample-mails';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileMailTemplates, COMPILED } = require('../../../scripts/compile-mail-templates.cjs');

describe('mail templates', () => {
  it('the committed HTML is what the MJML sources compile to (npm run mail:build)', async () => {
    const compiled: Map<string, string> = await compileMailTemplates();
    expect(compiled.size).toBeGreaterThanOrEqual(8);
    for (const [file, html] of compiled)
      expect([file, fs.readFileSync(path.join(COMPILED, file), 'utf8')]).toEqual([file, html]);
  });

  it('escapes every interpolated value in HTML, and keeps it as typed in text', () => {
    const values = {
      name: '<script>alert(1)</script> & "Cie"',
      headline: 'x',
      kindLabel: 'k',
      quote: "l'article <b>7</b>",
      conventionLink: 'https://p.example/c?a=1&b=2',
      unfollowLink: 'https://p.example/u',
    };
    const html = renderTemplate('reminder.fr.html', values);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Cie&quot;');
    expect(html).toContain('l&#39;article &lt;b&gt;7&lt;/b&gt;');
    expect(html).toContain('href="https://p.example/c?a=1&amp;b=2"');
    const text = renderTemplate('reminder.fr.txt', values);
    expect(text).toContain('Bonjour <script>alert(1)</script> & "Cie",');
    expect(text).toContain('https://p.example/c?a=1&b=2');
  });

  it('writes each language in its direction, with the organization in the header', () => {
    const mails = sampleMails();
    for (const { name, language, mail } of mails) {
      const html = mail.html ?? '';
      expect([name, language, html.match(/<html lang="(\w+)" dir="(\w+)"/)?.slice(1)]).toEqual([
        name,
        language,
        [language, language === 'ar' ? 'rtl' : 'ltr'],
      ]);
      // Nothing left unfilled: no placeholder, label or compile-time variable.
      for (const part of [html, mail.text])
        expect([name, language, part.match(/\{\{|\[\[|\$\{|\{\w+[,}]/)?.[0]]).toEqual([
          name,
          language,
          undefined,
        ]);
      expect(mail.text).not.toMatch(/<\/?(p|div|a|span|table)\b/);
    }
    const grouped = mails.find((mail) => mail.name === 'grouped' && mail.language === 'fr')?.mail;
    expect(grouped?.html).toContain('Villeneuve-la-Garenne</bdi>');
    expect(grouped?.text).toContain('3 échéances demandent votre attention, dont une en retard.');
    // Three deadlines, three buttons of their own.
    expect(grouped?.html?.match(/>\s*Marquer comme fait\s*</g)?.length).toBe(3);
    expect(grouped?.html?.match(/token=sample-token-\d/g)?.length).toBe(3);
  });

  it('counts in Arabic with its own plural forms, and isolates names and numbers in the text part', () => {
    const arabic = sampleMails().filter((mail) => mail.language === 'ar');
    const welcome = arabic.find((mail) => mail.name === 'welcome')?.mail;
    expect(welcome?.text).toContain('أصبحت تتابع 3 اتفاقيات.');
    expect(welcome?.text).toContain('أجل واحد متأخر بالفعل.');
    const reminder = arabic.find((mail) => mail.name === 'reminder')?.mail;
    expect(reminder?.text).toContain('يتبقى 30 يومًا على هذا الأجل.');
    expect(reminder?.text).toContain('ما ينص عليه النص (المادة \u20685\u2069)');
  });
});
