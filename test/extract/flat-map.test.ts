import { describe, expect, it } from 'vitest';
import { flatMap } from '../../src/extract/flat-map.js';

describe('flatMap', () => {
  it('gives what Array.prototype.flatMap gives for callbacks returning arrays, with the index', () => {
    const lines = ['IS claimed it. Police said so.', '', 'One.'];
    const each = (line: string, i: number) => (line ? line.split('. ').map((s) => `${i}:${s}`) : []);
    expect(flatMap(lines, each)).toEqual(lines.flatMap(each));
    expect(flatMap([], each)).toEqual([]);
  });
});
