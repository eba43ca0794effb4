/**
 * MediaWiki templates as a flattened article may still carry them: `{{sortname|John|Kerry}}` shows
 * "John Kerry", `{{nts|5366}}` shows 5366, `{{flagicon|USA}}` shows only a picture. Each template is
 * replaced by the text it shows; a template not known here shows nothing, so a figure it held is read
 * as missing (and reported), never as another figure.
 */

/**
 * Templates that show their first unnamed argument. `{{small|...}}` is left out on purpose: in a name cell
 * it carries a side note (`Joe Biden {{small|(former vice president)}}`), not the name.
 */
const FIRST_ARGUMENT = new Set([
  'nts',
  'ntsh',
  'nowrap',
  'nobr',
  'no wrap',
  'big',
  'larger',
  'bold',
  'b',
  'strong',
  'i',
  'em',
  'italic',
  'center',
  'centre',
  'right',
  'left',
  'abbr',
  'tooltip',
  'hover title',
  'nobold',
  'nowrap begin',
  'pad',
  'num',
  'formatnum',
  'plainlist',
  'ubl',
  'unbulleted list',
  'bulleted list',
  'font color',
  'font',
  'highlight',
  'mark',
  'sic',
  'text',
  'vote',
  'composition bar',
]);

/** Templates that show their last unnamed argument (`{{sort|Kerry|John Kerry}}`, `{{lang|fr|texte}}`). */
const LAST_ARGUMENT = new Set(['sort', 'sortname key', 'lang', 'sort key', 'ill', 'interlanguage link']);

/** Templates that stand for a word meaning "no figure" or a dash. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['n/a', 'n/a'],
  ['na', 'n/a'],
  ['n.a.', 'n/a'],
  ['not applicable', 'n/a'],
  ['tbd', 'TBD'],
  ['tba', 'TBD'],
  ['unknown', 'unknown'],
  ['?', '?'],
  ['dash', '–'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['snd', ' – '],
  ['spaced ndash', ' – '],
  ['nbsp', ' '],
  ['thinsp', ' '],
  ['-', ''],
  ['yes', 'Yes'],
  ['no', 'No'],
]);

function unnamed(args: string[]): string[] {
  return args.filter((a) => !/^\s*[A-Za-z][\w -]*=/.test(a)).map((a) => a.trim());
}

/** The text one template shows, from its name and arguments (already resolved themselves). */
export function showTemplate(name: string, args: string[]): string {
  const key = name.trim().toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ');
  const positional = unnamed(args);
  if (key === 'sortname') return positional.slice(0, 2).join(' ').trim();
  if (WORDS.has(key)) return WORDS.get(key) as string;
  if (key.startsWith('formatnum:')) return name.slice(name.indexOf(':') + 1).trim();
  if (FIRST_ARGUMENT.has(key)) return positional[0] ?? '';
  if (LAST_ARGUMENT.has(key)) return positional[positional.length - 1] ?? '';
  if (key === 'party name with color' || key === 'party name with colour') return positional[0] ?? '';
  return '';
}

/** Splits a template's inside at its top-level pipes: `sortname|John|Kerry` gives three parts. */
function splitArguments(inside: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inside.length; i++) {
    const c = inside.charCodeAt(i);
    if ((c === 0x5b || c === 0x7b) && inside.charCodeAt(i + 1) === c) {
      depth++;
      i++;
    } else if ((c === 0x5d || c === 0x7d) && inside.charCodeAt(i + 1) === c && depth > 0) {
      depth--;
      i++;
    } else if (c === 0x7c && depth === 0) {
      parts.push(inside.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(inside.slice(from));
  return parts;
}

/**
 * Replaces every `{{...}}` in a text by what it shows, innermost first, in one left-to-right pass with a
 * stack of the templates still open (each its text so far). An unclosed `{{` is kept as written.
 */
export function resolveTemplates(text: string): string {
  if (!text.includes('{{')) return text;
  const stack: string[] = [''];
  let i = 0;
  while (i < text.length) {
    const opens = text.indexOf('{{', i);
    const closes = stack.length > 1 ? text.indexOf('}}', i) : -1;
    if (opens < 0 && closes < 0) break;
    const top = stack.length - 1;
    if (closes >= 0 && (opens < 0 || closes < opens)) {
      const inside = (stack[top] as string) + text.slice(i, closes);
      stack.pop();
      const [name = '', ...args] = splitArguments(inside);
      stack[top - 1] += showTemplate(name, args);
      i = closes + 2;
    } else {
      stack[top] += text.slice(i, opens);
      stack.push('');
      i = opens + 2;
    }
  }
  let out = (stack[stack.length - 1] as string) + text.slice(i);
  // Templates never closed are kept as written, from the innermost out.
  for (let k = stack.length - 2; k >= 0; k--) out = `${stack[k]}{{${out}`;
  return out;
}
