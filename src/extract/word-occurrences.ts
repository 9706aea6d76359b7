// A letter or digit in any script: what may not touch a whole-word occurrence on either side.
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True for a plain ASCII letter or digit, given as a character code.
 *
 * @example
 * isAsciiLetterOrDigit('k'.charCodeAt(0)) // true
 */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/**
 * True for a letter or digit of any script, given as a code point (undefined, past either end, is none).
 *
 * @example
 * isWordChar('Ж'.codePointAt(0)) // true
 */
export function isWordChar(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  if (codePoint < 128) return isAsciiLetterOrDigit(codePoint);
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

// True when `index` falls between the two halves of one astral character: no match starts or ends there.
function splitsPair(text: string, index: number): boolean {
  return index > 0 && isLow(text.charCodeAt(index)) && isHigh(text.charCodeAt(index - 1));
}

// The code point that ends just before `index`.
function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const unit = text.charCodeAt(index - 1);
  return isLow(unit) && index > 1 && isHigh(text.charCodeAt(index - 2)) ? text.codePointAt(index - 2) : unit;
}

// True when no letter or digit touches `text[start, end)` and neither edge splits an astral character.
function standsAlone(text: string, start: number, end: number): boolean {
  return (
    !splitsPair(text, start) &&
    !splitsPair(text, end) &&
    !isWordChar(codePointBefore(text, start)) &&
    !isWordChar(text.codePointAt(end))
  );
}

/**
 * True when `word` occurs in `text` at `start` as a whole word.
 *
 * @example
 * occursAt('IS-CP and ISIS', 0, 'IS') // true
 * occursAt('IS-CP and ISIS', 10, 'IS') // false
 */
export function occursAt(text: string, start: number, word: string): boolean {
  return word !== '' && text.startsWith(word, start) && standsAlone(text, start, start + word.length);
}

/**
 * Where `word` occurs in `text` as a whole word, case kept: no letter or digit of any script
 * touches it on either side. The same answers as the pattern
 * `(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])` with flags `gu`, found with `indexOf`: a pattern
 * that opens with a lookbehind is tried at every position, which is slow on whole documents.
 * An empty word occurs nowhere.
 *
 * @example
 * wordOccurrences('IS and ISIS: IS', 'IS') // [0, 13]
 */
export function wordOccurrences(text: string, word: string): number[] {
  const starts: number[] = [];
  if (!word) return starts;
  let from = 0;
  for (;;) {
    const start = text.indexOf(word, from);
    if (start < 0) break;
    const whole = standsAlone(text, start, start + word.length);
    if (whole) starts.push(start);
    from = whole ? start + word.length : start + 1;
  }
  return starts;
}
