import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/model/count.js';
import { EVENT_EDIT_FIELDS, parseReviewChange } from '../../src/model/review.js';
import { EVENT_CATEGORIES, EVENT_SUBTYPES } from '../../src/model/taxonomy.js';
import { fieldChange, FORM_FIELDS, parseCount, settleConflict } from '../../web/src/review-fields.js';

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
      fieldChange('summary', 'Gunmen attacked a checkpoint.'),
      fieldChange('location.name', 'Kizlyar'),
      fieldChange('location.admin1', ''),
      fieldChange('location.country', 'ru'),
      fieldChange('location.precision', 'district'),
      fieldChange('coordinates', '43.85, 46.71'),
      fieldChange('coordinates', ''),
      fieldChange('perpetrators', 'Islamic State, Caucasus Emirate, Islamic State'),
      fieldChange('targets', 'police, religious_institution'),
      fieldChange('weapons', ''),
      ...EVENT_CATEGORIES.flatMap((c) => EVENT_SUBTYPES[c].map((s) => fieldChange('type', `${c}/${s}`))),
    ];
    for (const change of asked) {
      if (!('set' in change)) throw new Error(change.problem);
      expect(() => parseReviewChange({ action: 'edit', kind: 'event', id: 'evt_x', set: change.set })).not.toThrow();
    }
    expect(fieldChange('killed', 'many')).toEqual({ problem: 'Killed: type a number, a range like 5-6, or 7+' });
    expect(fieldChange('date', ' ')).toHaveProperty('problem');
    expect(fieldChange('location.name', '')).toEqual({ problem: 'Place: name the place, such as Kizlyar' });
    expect(fieldChange('location.country', 'Russia')).toHaveProperty('problem');
    for (const text of ['43.85', '95, 46', '43.85, 46.71, 3', 'north'])
      expect(fieldChange('coordinates', text), text).toHaveProperty('problem');
  });

  it('writes lists without blanks or repeats, and coordinates as both halves of a place', () => {
    expect(fieldChange('perpetrators', ' Islamic State,, Caucasus Emirate , Islamic State')).toEqual({
      set: { perpetrators: ['Islamic State', 'Caucasus Emirate'] },
    });
    expect(fieldChange('coordinates', '43.85 46.71')).toEqual({
      set: { 'location.lat': 43.85, 'location.lon': 46.71 },
    });
    expect(fieldChange('coordinates', ' ')).toEqual({ set: { 'location.lat': null, 'location.lon': null } });
  });

  it('offers a field for every editable event field but the coordinates’ halves', () => {
    const covered = FORM_FIELDS.flatMap((f) =>
      f === 'type' ? ['category', 'subtype'] : f === 'coordinates' ? ['location.lat', 'location.lon'] : [f],
    );
    expect(covered.sort()).toEqual(Object.keys(EVENT_EDIT_FIELDS).sort());
  });

  it('settles a conflict through the field the form edits, and offers nothing for a field it does not', () => {
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
    expect(settleConflict({ field: 'location.name', extracted: 'Kizlyar', edited: 'Kizlyarsky District' })).toEqual({
      field: 'location.name',
      take: 'Kizlyar',
      keep: 'Kizlyarsky District',
    });
    expect(settleConflict({ field: 'targets', extracted: ['police'], edited: [] })).toEqual({
      field: 'targets',
      take: 'police',
      keep: '',
    });
    expect(settleConflict({ field: 'location.lat', extracted: 43.8, edited: 43.9 })).toBeNull();
  });
});
