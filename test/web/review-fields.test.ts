import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/model/count.js';
import { parseReviewChange } from '../../src/model/review.js';
import { EVENT_CATEGORIES, EVENT_SUBTYPES } from '../../src/model/taxonomy.js';
import { fieldChange, parseCount, settleConflict } from '../../web/src/review-fields.js';

describe('the review form’s fields', () => {
  it('reads back every count as the UI writes it: exact, ranges and open-ended', () => {
    for (const count of [0, 7, { min: 5, max: 6 }, { min: 7, max: null }])
      expect(parseCount(formatCount(count))).toEqual(count);
    expect(parseCount('5-6')).toEqual({ min: 5, max: 6 });
    expect(parseCount(' ')).toBeNull();
    for (const text of ['six', '6-5', '-1', '5–']) expect(parseCount(text), text).toBeUndefined();
  });

  it('asks only for changes the review API accepts, and says what to type otherwise', () => {
    const asked = [
      fieldChange('killed', '5–6'),
      fieldChange('injured', ''),
      fieldChange('date', '2018-02'),
      fieldChange('attribution', 'claimed'),
      ...EVENT_CATEGORIES.flatMap((c) => EVENT_SUBTYPES[c].map((s) => fieldChange('type', `${c}/${s}`))),
    ];
    for (const change of asked) {
      if (!('set' in change)) throw new Error(change.problem);
      expect(() => parseReviewChange({ action: 'edit', kind: 'event', id: 'evt_x', set: change.set })).not.toThrow();
    }
    expect(fieldChange('killed', 'many')).toEqual({ problem: 'Killed: type a number, a range like 5-6, or 7+' });
    expect(fieldChange('date', ' ')).toHaveProperty('problem');
  });

  it('settles a conflict through the fields the form edits, and offers nothing for the others', () => {
    expect(settleConflict({ field: 'killed', extracted: 9, edited: { min: 8, max: null } })).toEqual({
      field: 'killed',
      take: '9',
      keep: '8+',
    });
    expect(settleConflict({ field: 'injured', extracted: null, edited: 4 })).toEqual({
      field: 'injured',
      take: '',
      keep: '4',
    });
    expect(settleConflict({ field: 'location.name', extracted: 'Kizlyar', edited: 'Kizlyarsky District' })).toBeNull();
  });
});
