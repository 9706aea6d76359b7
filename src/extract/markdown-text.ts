/**
 * Markdown reduced to the plain text the extractor reads: headings, emphasis and code marks are
 * dropped, links keep their text, footnote references `[^1]` become `[1]` markers, and footnote
 * definitions become a numbered reference list under a "References" heading at the end.
 *
 * @example
 * markdownToText('# Caucasus Emirate\nIt was **proclaimed** in [2007](https://x).[^1]\n\n[^1]: "Title". Publisher. 2008.')
 * // 'Caucasus Emirate\nIt was proclaimed in 2007.[1]\n\nReferences\n[1] "Title". Publisher. 2008.'
 */
export function markdownToText(markdown: string): string {
  const body: string[] = [];
  const notes: string[] = [];
  let fenced = false;
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s{0,3}(?:```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      body.push(raw);
      continue;
    }
    const note = /^\s{0,3}\[\^([^\]\s]{1,20})\]:\s{0,4}(.*)$/.exec(raw);
    if (note) {
      const label = note[1]!;
      notes.push(/^\d+$/.test(label) ? `[${label}] ${inline(note[2]!)}` : `^${inline(note[2]!)}`);
      continue;
    }
    if (/^\s{0,3}\[[^\]\n]{1,100}\]:\s{0,4}\S/.test(raw) || /^\s{0,3}(?:[-*_]\s{0,2}){3,}$/.test(raw)) continue;
    body.push(inline(block(raw)));
  }
  if (notes.length > 0) body.push('', 'References', ...notes);
  return body.join('\n');
}

/** Line-level markup: heading hashes, quote marks, `*`/`+` bullets (written as `-`). */
function block(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s{1,4}(.*?)(?:\s{1,4}#{1,6})?\s{0,4}$/, '$1')
    .replace(/^\s{0,3}(?:>\s?){1,6}/, '')
    .replace(/^(\s{0,8})[*+]\s/, '$1- ');
}

/** Inline markup; every pattern is bounded, so a line of brackets or stars cannot make it backtrack. */
function inline(text: string): string {
  let out = text;
  // Each pattern needs its opening character: a line without it is not searched (most lines have no markup).
  if (out.includes('['))
    out = out
      .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
      .replace(/\[\^([^\]\s]{1,20})\]/g, '[$1]')
      .replace(/\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)/g, '$1')
      .replace(/\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]/g, '$1');
  if (out.includes('<')) out = out.replace(/<(https?:\/\/[^>\s]{1,2000})>/g, '$1');
  if (out.includes('`')) out = out.replace(/`([^`\n]{1,500})`/g, '$1');
  if (out.includes('*') || out.includes('_')) {
    out = out
      .replace(/(\*\*|__)(?=\S)([^\n]{1,500}?)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]{1,500}?)\*(?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]{1,500}?)_(?![\p{L}\p{N}])/gu, '$1$2');
  }
  return out;
}
