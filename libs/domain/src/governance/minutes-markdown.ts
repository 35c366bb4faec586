/**
 * Minutes are written in Markdown and may come from a word processor or a mail: no raw HTML may
 * survive. The text is stored sanitised; the HTML shown is rendered from a small safe subset
 * (headings, paragraphs, lists, quotes, emphasis, code, http/https/mailto links), everything else escaped.
 */

const DANGEROUS_BLOCKS =
  /<(script|style|iframe|object|embed|template|noscript|textarea|xmp|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(-->|$)/g;
const TAGS = /<\/?[a-zA-Z!?][^<>]*>/g;
// Control characters other than tab and newline (and CR, normalised below).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const SAFE_URL = /^(https?:\/\/|mailto:|#|\/(?!\/))/i;

function stripHtml(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(DANGEROUS_BLOCKS, '').replace(COMMENTS, '').replace(TAGS, '');
  } while (current !== previous);
  return current;
}

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

// A code span as the renderer reads it (one line, single backticks).
const CODE_SPAN = /`[^`\n]+`/g;
// eslint-disable-next-line no-control-regex
const SET_ASIDE = /\u0000(\d+)\u0000/g;

/**
 * Markdown without raw HTML, control characters or script links; trailing spaces of the text trimmed.
 * Code spans keep their text (`<script>` is what the officer wrote, rendered escaped): they are set
 * aside before tags are stripped, behind NUL markers that the text itself can no longer hold.
 */
export function sanitizeMarkdown(text: string): string {
  const spans: string[] = [];
  const withoutCode = text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(CODE_SPAN, (span) => `\u0000${spans.push(span) - 1}\u0000`);
  const stripped = stripHtml(withoutCode);
  return stripped
    .replace(
      /\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?((?:\s+"[^"]*")?)\s*\)/g,
      (match, url: string, title: string) => (isSafeUrl(url) ? match : `](#${title ?? ''})`),
    )
    .replace(/^(\s{0,3}\[[^\]]+\]:\s*)(\S+)/gm, (match, label: string, url: string) =>
      isSafeUrl(url) ? match : `${label}#`,
    )
    .replace(SET_ASIDE, (_, index: string) => spans[Number(index)])
    .trimEnd();
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Inline formatting of an already escaped line; code and links are set aside so emphasis cannot reach inside. */
function inline(escaped: string): string {
  const kept: string[] = [];
  const keep = (html: string) => {
    kept.push(html);
    return `\u0000${kept.length - 1}\u0000`;
  };
  return (
    escaped
      .replace(/`([^`]+)`/g, (_, code: string) => keep(`<code>${code}</code>`))
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) =>
        // The URL is escaped already (&amp; is right inside an attribute); its scheme is checked unescaped.
        isSafeUrl(url.replace(/&amp;/g, '&'))
          ? keep(`<a href="${url}" rel="nofollow noopener noreferrer">`) + label + keep('</a>')
          : label,
      )
      .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_, a?: string, b?: string) => `<strong>${a ?? b}</strong>`)
      .replace(/\*([^*]+)\*|\b_([^_]+)_\b/g, (_, a?: string, b?: string) => `<em>${a ?? b}</em>`)
      // eslint-disable-next-line no-control-regex
      .replace(/\u0000(\d+)\u0000/g, (_, index: string) => kept[Number(index)])
  );
}

/** Safe HTML of sanitised Markdown: nothing from the text reaches the page unescaped. */
export function renderMarkdown(text: string): string {
  const lines = sanitizeMarkdown(text).split('\n');
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length)
      html.push(`<p>${paragraph.map((line) => inline(escapeHtml(line.trim()))).join('<br>')}</p>`);
    paragraph = [];
    if (list)
      html.push(
        `<${list.tag}>${list.items.map((item) => `<li>${inline(escapeHtml(item))}</li>`).join('')}</${list.tag}>`,
      );
    list = null;
  };
  for (const line of lines) {
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const bullet = /^\s{0,3}[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/.exec(line);
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      const level = heading[1].length;
      html.push(`<h${level}>${inline(escapeHtml(heading[2]))}</h${level}>`);
    } else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (paragraph.length || (list && list.tag !== tag)) flush();
      list ??= { tag, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else if (quote) {
      flush();
      html.push(`<blockquote><p>${inline(escapeHtml(quote[1]))}</p></blockquote>`);
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return html.join('\n');
}
