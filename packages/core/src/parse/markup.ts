import { resolveTemplates } from './templates.js';
import { isWideSpace } from './white-space.js';

/**
 * Removes the wiki markup a flattened cell or value may still carry: templates (replaced by what they
 * show), bold and italic quotes, [[link|label]] links, [url label] links, <ref> notes, HTML tags and
 * bracketed footnote marks such as [a] or [12]. Every step is one linear scan, whatever the input.
 */
export function stripMarkup(text: string): string {
  if (isPlain(text, 0, text.length)) return text.trim();
  let s = text;
  if (s.includes('{{')) s = resolveTemplates(s);
  if (s.includes("''")) s = s.replace(/'{2,}/g, '');
  if (s.includes('[[')) s = unlink(s);
  if (s.includes('[http') || s.includes('[//')) s = unlinkExternal(s);
  if (s.includes('<')) s = dropRefs(s).replace(/<[^<>]*>/g, ' ');
  if (s.includes('[')) s = s.replace(/\[(?:[a-z]|\d{1,3}|note \d{1,3}|citation needed)\]/gi, '');
  if (s.includes('&'))
    s = s
      .replace(/&nbsp;/g, ' ')
      .replace(/&ndash;/g, '–')
      .replace(/&mdash;/g, '—')
      .replace(/&amp;/g, '&');
  return s.replace(/\s+/g, ' ').trim();
}

/** `[https://example.org label]` becomes its label; a bare `[https://example.org]` goes. */
function unlinkExternal(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('[', from);
    if (open < 0) break;
    const external = text.startsWith('//', open + 1) || /^https?:\/\//i.test(text.slice(open + 1, open + 9));
    const close = external ? text.indexOf(']', open) : -1;
    if (close < 0) {
      out += text.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    const link = text.slice(open + 1, close);
    const space = link.indexOf(' ');
    out += text.slice(from, open) + (space < 0 ? '' : link.slice(space + 1));
    from = close + 1;
  }
  return out + text.slice(from);
}

const MEDIA = /^\s*(?:file|image|media):/i;

/** `[[target|label]]` and `[[label]]` become their label. */
function unlink(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('[[', from);
    if (open < 0) break;
    const close = text.indexOf(']]', open + 2);
    if (close < 0) break;
    const link = text.slice(open + 2, close);
    // A picture shows no text: [[File:Kerry.jpg|20px]].
    out += text.slice(from, open) + (MEDIA.test(link) ? '' : link.slice(link.lastIndexOf('|') + 1));
    from = close + 2;
  }
  return out + text.slice(from);
}

/** `<ref ...>note</ref>` goes with its note. */
function dropRefs(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<ref', from);
    if (open < 0) break;
    const close = text.indexOf('</ref>', open);
    if (close < 0) break;
    out += `${text.slice(from, open)} `;
    from = close + 6;
  }
  return out + text.slice(from);
}

/**
 * True when `text[from, to)` holds no markup (no `''`, `[`, `<` or `&`) and no white space but
 * single spaces, so stripping it only trims it: most cells, checked in one scan instead of six.
 */
export function isPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i + 1 < to && text.charCodeAt(i + 1) === 0x20) return false;
    } else if (code < 0x20 || code === 0x26 || code === 0x3c || code === 0x5b || code === 0x7b) {
      return false;
    } else if (code === 0x27) {
      if (i + 1 < to && text.charCodeAt(i + 1) === 0x27) return false;
    } else if (code >= 0x80 && isWideSpace(code)) {
      return false;
    }
  }
  return true;
}
