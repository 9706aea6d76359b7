/**
 * English number words up to the thousands, for counts ("seventeen", "twenty-two") and
 * relative dates ("two days later").
 *
 * @example
 * parseNumberWord('twenty-two') // 22
 * parseNumberWord('Forty') // 40
 * parseNumberWord('several') // undefined
 */
export function parseNumberWord(word: string): number | undefined {
  const parts = word.toLowerCase().split(/[\s-]+/);
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part === 'and') continue;
    if (part === 'a' && parts.length > 1) {
      current += 1;
      continue;
    }
    const unit = UNITS[part];
    if (unit !== undefined) current += unit;
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (part === 'thousand') [total, current] = [total + (current || 1) * 1000, 0];
    else return undefined;
  }
  return total + current;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Every number word `parseNumberWord` knows, longest first, for building patterns. */
export const NUMBER_WORD_PATTERN = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine|ten|(?:a|one|two|three|four|five|six|seven|eight|nine)\s(?:hundred|thousand))`;
