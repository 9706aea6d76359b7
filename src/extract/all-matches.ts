/**
 * Every match of a global pattern in `text`, the ones `text.matchAll(pattern)` yields, as an array. Rules run
 * dozens of patterns over every sentence and most find nothing: `matchAll` clones the pattern and builds an
 * iterator on each call, which costs more than the search itself; this runs `exec` on the pattern as is. The
 * pattern's `lastIndex` is left at 0.
 *
 * @example
 * allMatches(/\d+/g, 'in 2015 and 2016').map((m) => m.index) // [3, 12]
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern, got ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (match[0] === '')
      pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return found;
}

// The index after the character at `index`: two code units for an astral character in a Unicode pattern.
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
