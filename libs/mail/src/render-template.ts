import * as fs from 'node:fs';
import * as path from 'node:path';

const cache = new Map<string, string>();
const TEMPLATES = path.join(__dirname, 'templates');

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

export type TemplateValues = Record<string, string | number | boolean | null | undefined | TemplateValues[]>;

/** A value as text; a list has no text of its own (it is a section). */
const text = (value: TemplateValues[string]): string =>
  value == null || Array.isArray(value) ? '' : String(value);

/**
 * `{{name}}` (escaped in .html files), `{{{name}}}` (raw), `{{#name}}…{{/name}}` (a section shown
 * when truthy, repeated for a list with each item's values). Templates are files under templates/.
 */
export function renderTemplate(file: string, values: TemplateValues): string {
  if (!cache.has(file)) cache.set(file, fs.readFileSync(path.join(TEMPLATES, file), 'utf8'));
  return render(cache.get(file) as string, values, file.endsWith('.html'));
}

function render(template: string, values: TemplateValues, html: boolean): string {
  const sections = template.replace(
    /\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g,
    (_match, name: string, inner: string) => {
      const value = values[name];
      if (Array.isArray(value))
        return value.map((item) => render(inner, { ...values, ...item }, html)).join('');
      return value ? render(inner, values, html) : '';
    },
  );
  return sections
    .replace(/\{\{\{(\w+)\}\}\}/g, (_match, name: string) => text(values[name]))
    .replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
      const value = text(values[name]);
      return html ? escapeHtml(value) : value;
    });
}
