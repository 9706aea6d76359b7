import { describe, expect, it } from 'vitest';
import { memoizeByWord } from '../../src/extract/word-memo.js';

describe('memoizeByWord', () => {
  it('computes each word once, an undefined answer too', () => {
    const asked: string[] = [];
    const place = memoizeByWord((word) => {
      asked.push(word);
      return word === 'Grozny' ? 'RU' : undefined;
    });
    expect([place('Grozny'), place('Emir'), place('Grozny'), place('Emir')]).toEqual([
      'RU',
      undefined,
      'RU',
      undefined,
    ]);
    expect(asked).toEqual(['Grozny', 'Emir']);
  });

  it('drops its answers past the bound and computes them again', () => {
    let computed = 0;
    const length = memoizeByWord((word) => ++computed && word.length, 2);
    for (const word of ['a', 'bb', 'a', 'ccc', 'a']) length(word);
    // 'a' and 'bb' fill it; 'ccc' clears it; 'a' is computed again.
    expect(computed).toBe(4);
    expect(length('ccc')).toBe(3);
  });
});
