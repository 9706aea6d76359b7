/**
 * How close a searched name is to a stored one, 0..1, over ASCII keys (`asciiKey`), so
 * scripts and spellings already meet. Pure and cheap: the store supplies candidates, this
 * ranks them. Word coverage counts most (every word of the query should be found), then
 * how much of the stored name the query explains, then the trigram overlap of the whole.
 *
 * @example
 * nameSimilarity('isis caucasus', 'islamic state caucasus province', new Map([['isis', [['islamic', 'state']]]]))
 * // ≈ 0.8: "isis" is an alias of the words "islamic state", "caucasus" is found, "province" is not explained
 */
export function nameSimilarity(
  query: string,
  name: string,
  expansions: ReadonlyMap<string, string[][]> = new Map(),
): number {
  if (query === name) return 1;
  const queryWords = words(query);
  const nameWords = words(name);
  if (queryWords.length === 0 || nameWords.length === 0) return 0;
  const explained = new Set<number>();
  let found = 0;
  for (const word of queryWords) {
    const phrase = (expansions.get(word) ?? []).find((p) => p.length > 0 && p.every((w) => nameWords.includes(w)));
    if (phrase) {
      phrase.forEach((w) => explained.add(nameWords.indexOf(w)));
      found += 1;
      continue;
    }
    let best = 0;
    let at = -1;
    nameWords.forEach((candidate, i) => {
      const score = wordSimilarity(word, candidate);
      if (score > best) [best, at] = [score, i];
    });
    if (at >= 0) explained.add(at);
    found += best;
  }
  const coverage = found / queryWords.length;
  const explainedShare = explained.size / nameWords.length;
  // Never 1 unless equal: an exact name outranks any near one.
  return 0.99 * (0.55 * coverage + 0.3 * explainedShare + 0.15 * dice(trigrams(query), trigrams(name)));
}

/**
 * How alike two words are, 0..1: 1 for the same word, 0.9 for a prefix of three letters or
 * more ("asil" → "asildarov"), else the trigram overlap when close (spelling variants), else 0.
 *
 * @example
 * wordSimilarity('doku', 'dokka') // ≈ 0.49: two spellings of one given name
 * wordSimilarity('khalil', 'rappani') // 0
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) return 0.9;
  const score = dice(trigrams(a), trigrams(b));
  return score >= 0.5 ? 0.9 * score : 0;
}

const words = (key: string) => key.split(' ').filter((w) => w !== '');

/** Trigrams of a key padded with spaces, so short words and word starts count. */
function trigrams(key: string): Set<string> {
  const padded = `  ${key} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
