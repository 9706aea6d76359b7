/**
 * A pure function of a word or name, computed once per distinct argument: documents repeat their names and
 * words, and rules ask about each many times. A bound keeps a long run's memory flat: past it, the answers
 * are dropped and computed afresh.
 *
 * @example
 * const lower = memoizeByWord((w) => w.toLowerCase());
 * lower('Grozny') // 'grozny', computed once
 */
export function memoizeByWord<T>(compute: (word: string) => T, bound = 100_000): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined && !answers.has(word)) {
      if (answers.size >= bound) answers.clear();
      answer = compute(word);
      answers.set(word, answer);
    }
    return answer as T;
  };
}
