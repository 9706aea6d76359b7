/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the copy of
 * the pattern matchAll makes on each call: the stages run their shared patterns over every sentence, and
 * the copies cost more than the matching. Reads from `lastIndex` 0 and runs to the end, so a pattern may be
 * shared as long as it is not read again while its matches are being gathered.
 *
 * @example
 * regexMatches(/\d+/g, 'on 5 and 12 May').map((m) => [m.index, m[0]]) // [[3, '5'], [9, '12']]
 */
export function regexMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m);
  return found;
}
