/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions, not by types */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { BACKENDS, useGoldStore } from '../store/backends.js';
import { walk } from './request.js';

const kb = useGoldStore(BACKENDS[0]!);
const app = () => createApp(kb.store, { webRoot: '/nonexistent' });

beforeAll(async () => {
  // Dates that span years, as intervals and open dates do: an open start, a start years
  // before the end, an open end.
  const db = new Database(kb.path);
  const listed = (order: string, where = 'true') =>
    `(select e.id from events e join incidents i on i.id = e.id where ${where} order by e.id ${order} limit 1)`;
  db.exec(`update events set date_start = '2009-06-01' where id = ${listed('asc', "e.date_end >= '2012'")}`);
  db.exec(`update events set date_start = null where id = ${listed('desc')}`);
  db.exec(`update events set date_end = null where id = ${listed('desc', 'e.date_start is not null')}`);
  db.close();
});

const ids = (items: any[]) => items.map((e) => e.id);

describe('a date filter on the event list', () => {
  it('keeps every event that reaches into it, those spanning years too, in list order both ways and across pages', async () => {
    const spanning = (await walk(app(), '/api/v1/events?limit=1000')).items.filter(
      (e) => e.dateStart === null || e.dateEnd === null || e.dateStart.slice(0, 4) !== e.dateEnd.slice(0, 4),
    );
    expect(spanning.length).toBeGreaterThanOrEqual(2);
    for (const sort of ['date', '-date']) {
      const whole = (await walk(app(), `/api/v1/events?limit=1000&sort=${sort}`)).items;
      for (const [from, day] of [
        ['2012', '2012-01-01'],
        ['2015-09', '2015-09-01'],
        ['2016-06-15', '2016-06-15'],
        ['2019', '2019-01-01'],
      ] as const) {
        const expected = whole.filter((e) => e.dateEnd === null || e.dateEnd >= day);
        const paged = (await walk(app(), `/api/v1/events?limit=3&sort=${sort}&from=${from}`)).items;
        expect(ids(paged), `${sort} from ${from}`).toEqual(ids(expected));
      }
    }
    const from2012 = ids((await walk(app(), '/api/v1/events?limit=1000&from=2012')).items);
    const reaching = spanning.filter((e) => (e.dateStart ?? '') < '2012' && (e.dateEnd ?? '9999') >= '2012');
    expect(reaching.length).toBeGreaterThanOrEqual(1);
    for (const e of reaching) expect(from2012, e.id).toContain(e.id);
  });
});
