import { decodeEntities } from './html-entities.js';

/**
 * The readable text of a saved HTML page, scanned tag by tag (no regex runs over the whole page):
 * script, style, navigation and edit links are dropped, block elements become lines, list items get
 * `- ` (or their number), `<sup class="reference">` keeps its `[1]` marker, and an `<ol class="references">`
 * becomes `[n] …` lines under a "References" heading, the shape the plain-text reader understands.
 *
 * @example
 * htmlToText('<h1>Caucasus Emirate</h1><p>Proclaimed in 2007.<sup class="reference"><a>[1]</a></sup></p>')
 * // 'Caucasus Emirate\nProclaimed in 2007.[1]'
 */
export function htmlToText(html: string): string {
  const out = new LineWriter();
  const lists: { ordered: boolean; references: boolean; count: number }[] = [];
  let skip: { name: string; depth: number } | undefined;
  let reference: string | undefined;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunk = html.slice(i, lt === -1 ? html.length : lt);
    if (!skip && reference !== undefined) reference += decodeEntities(chunk);
    else if (!skip) out.write(decodeEntities(chunk));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt === -1) break;
    const tag = parseTag(html.slice(lt + 1, gt));
    i = gt + 1;
    if (!tag) continue;
    if (RAW_TEXT.has(tag.name) && !tag.closing) {
      const close = new RegExp(`</${tag.name}\\s*>`, 'gi');
      close.lastIndex = i;
      i = close.exec(html) ? close.lastIndex : html.length;
      continue;
    }
    if (skip) {
      if (tag.name === skip.name && !tag.selfClosing) skip.depth += tag.closing ? -1 : 1;
      if (skip.depth === 0) skip = undefined;
      continue;
    }
    if (
      !tag.closing &&
      !VOID.has(tag.name) &&
      !tag.selfClosing &&
      (SKIPPED.has(tag.name) || SKIPPED_CLASS.test(tag.className))
    ) {
      skip = { name: tag.name, depth: 1 };
      continue;
    }
    if (tag.name === 'sup' && /\breference\b/.test(tag.className) && !tag.closing) {
      reference = '';
      continue;
    }
    if (tag.name === 'sup' && tag.closing && reference !== undefined) {
      const marker = reference.trim();
      out.write(marker.startsWith('[') ? marker : `[${marker}]`);
      reference = undefined;
      continue;
    }
    if (tag.name === 'ol' || tag.name === 'ul') {
      if (tag.closing) lists.pop();
      else {
        const references = tag.name === 'ol' && /\breferences\b/.test(tag.className);
        if (references) out.heading('References');
        lists.push({ ordered: tag.name === 'ol', references, count: Number(tag.start ?? 1) - 1 });
      }
      out.newline();
      continue;
    }
    if (tag.name === 'li' && !tag.closing) {
      out.newline();
      const list = lists[lists.length - 1];
      if (list) {
        list.count += 1;
        out.write(list.references ? referencePrefix(tag, list.count) : list.ordered ? `${list.count}. ` : '- ');
      }
      continue;
    }
    if (BLOCK.has(tag.name)) out.newline();
  }
  return out.text();
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'template', 'svg', 'math', 'noscript']);
const SKIPPED = new Set(['head', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'object']);
const SKIPPED_CLASS =
  /\b(?:mw-editsection|mw-cite-backlink|navbox|noprint|mw-jump-link|reflist-header|sidebar|metadata)\b/;
const VOID = new Set([
  'br',
  'img',
  'hr',
  'meta',
  'link',
  'input',
  'wbr',
  'source',
  'area',
  'base',
  'col',
  'embed',
  'track',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'main',
  'blockquote',
  'dd',
  'dt',
  'dl',
  'figcaption',
  'caption',
  'pre',
  'title',
  'td',
  'th',
  'body',
  'figure',
]);

// An encyclopedia keeps explanatory notes ("cite_note-note-1") in a list of the same class as its references:
// they become `^` lines, which the reader files with the notes, while references keep their number.
function referencePrefix(tag: Tag, count: number): string {
  return /^cite_note-(?:note|nb|lower-alpha|upper-alpha|lower-roman)-/i.test(tag.id) ? '^' : `[${count}] `;
}

interface Tag {
  name: string;
  id: string;
  closing: boolean;
  selfClosing: boolean;
  className: string;
  start?: string;
}

// An attribute's value, double-, single- or unquoted; built once, as every tag of a page is read.
const attributePattern = (name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]{0,500})"|'([^']{0,500})'|([^\\s>]{1,100}))`, 'i');
const CLASS_ATTRIBUTE = attributePattern('class');
const ID_ATTRIBUTE = attributePattern('id');
const START_ATTRIBUTE = attributePattern('start');

function parseTag(inside: string): Tag | null {
  const m = /^(\/?)([a-zA-Z][a-zA-Z0-9-]{0,20})/.exec(inside);
  if (!m) return null;
  const cls = CLASS_ATTRIBUTE.exec(inside);
  const id = ID_ATTRIBUTE.exec(inside);
  const start = START_ATTRIBUTE.exec(inside);
  return {
    name: m[2]!.toLowerCase(),
    closing: m[1] === '/',
    selfClosing: inside.endsWith('/'),
    className: (cls?.[1] ?? cls?.[2] ?? cls?.[3] ?? '').toLowerCase(),
    id: id?.[1] ?? id?.[2] ?? id?.[3] ?? '',
    ...(start && { start: start[1] ?? start[2] ?? start[3] }),
  };
}

/** Collects inline text into lines, collapsing whitespace as a browser does. */
class LineWriter {
  private lines: string[] = [];
  private current = '';

  write(text: string): void {
    const collapsed = text.replace(/\s+/g, ' ');
    this.current += this.current === '' || this.current.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
  }

  newline(): void {
    const line = this.current.trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  heading(text: string): void {
    this.newline();
    if (!/^(?:references|sources|notes|citations)$/i.test(this.lines[this.lines.length - 1] ?? ''))
      this.lines.push(text);
  }

  text(): string {
    this.newline();
    return this.lines.join('\n');
  }
}
