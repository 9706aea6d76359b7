import { representative, sameIncident, type IncidentReport } from '../../kb/incidents.js';
import { asciiKey, type DatePrecision, type LocationPrecision } from '../../model/index.js';
import type { SqlConnection } from './connection.js';
import { groupRows } from './group-rows.js';
import { inListQuery } from './in-list.js';
import { dateIntersection, incidentRowWriter } from './incident-row.js';
import { rowInserter } from './row-inserter.js';

interface ReportRow {
  id: string;
  document_id: string;
  incident_id: string;
  date_start: string | null;
  date_end: string | null;
  date_precision: string;
  category: string;
  subtype: string;
  location_name: string;
  location_admin1: string | null;
  location_precision: string;
  lat: number | null;
  lon: number | null;
  killed_min: number | null;
  killed_max: number | null;
  injured_min: number | null;
  injured_max: number | null;
}

type Report = IncidentReport & { row: ReportRow };

// Grid cells of half a degree: a report's own cell and its eight neighbours hold every place within 25 km
// (up to about 60° of latitude, where a degree of longitude shrinks to half).
const CELL = 0.5;
const cell = (lat: number, lon: number) => [Math.floor(lat / CELL), Math.floor(lon / CELL)] as const;

// Keys carry the years a report may fall in, so a lookup meets only reports of those years; a report
// spanning more years (or open) is filed under `*` and looks up every year of its places.
const MAX_YEARS = 3;
function years(r: IncidentReport): string[] | null {
  if (r.dateStart === null || r.dateEnd === null) return null;
  const [from, to] = [Number(r.dateStart.slice(0, 4)), Number(r.dateEnd.slice(0, 4))];
  if (to - from >= MAX_YEARS) return null;
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** The keys a report is found by: each place it is filed under, with each of its years. */
function storedKeys(r: IncidentReport): string[] {
  const spans = years(r) ?? ['*'];
  return placeKeys(r).flatMap((k) => spans.map((y) => `${k}|${y}`));
}

/** The places a report is filed under: its names, the region it lies in, its grid cell. */
function placeKeys(r: IncidentReport): string[] {
  const l = r.location;
  const keys = [l.name, ...l.aliases].map((n) => `place:${asciiKey(n)}`);
  if (l.admin1 !== null && l.precision !== 'admin1' && l.precision !== 'country') keys.push(`in:${asciiKey(l.admin1)}`);
  if (l.lat !== null && l.lon !== null) keys.push(`cell:${cell(l.lat, l.lon).join(':')}`);
  return keys;
}

/** The keys a report looks others up by, with its years (or null: every year of these places). */
function lookupKeys(r: IncidentReport): { exact: string[] } | { prefixes: string[] } {
  const spans = years(r);
  const places = lookupPlaces(r);
  return spans === null
    ? { prefixes: places.map((k) => `${k}|`) }
    : { exact: places.flatMap((k) => [...spans, '*'].map((y) => `${k}|${y}`)) };
}

/** The places a report looks others up by: names, neighbouring cells, towns in its region or its region's name. */
function lookupPlaces(r: IncidentReport): string[] {
  const l = r.location;
  const keys = [l.name, ...l.aliases].map((n) => `place:${asciiKey(n)}`);
  if (l.precision === 'admin1') keys.push(`in:${asciiKey(l.name)}`);
  else if (l.admin1 !== null) keys.push(`place:${asciiKey(l.admin1)}`);
  if (l.lat !== null && l.lon !== null) {
    const [y, x] = cell(l.lat, l.lon);
    for (const dy of [-1, 0, 1]) for (const dx of [-1, 0, 1]) keys.push(`cell:${y + dy}:${x + dx}`);
  }
  return keys;
}

/**
 * Merges one document's event reports with other documents' reports of the same incident
 * (see `sameIncident`), keeping `events.incident_id` and the `incidents` rows right. Only the
 * incidents the document touches are rebuilt: its reports, the incidents of their candidate
 * twins (found through place keys and date bounds), and the incidents it was part of before
 * a re-ingest. Within that set, reports are grouped deterministically (best placed and
 * dated first, then by id), each joining the first incident all of whose reports it matches
 * with no document twice and no editor's `different` link crossed; `same` links always join.
 *
 * @example
 * const mergeIncidents = incidentMerger(conn);
 * await mergeIncidents('vilayat-dagestan-brief', []); // inside the ingest transaction
 */
export function incidentMerger(conn: SqlConnection): (documentId: string, formerIncidents: string[]) => Promise<void> {
  const reportsOf = conn.prepare<[string], ReportRow>('select * from events where document_id = ?');
  const report = conn.prepare<[string], ReportRow>('select * from events where id = ?');
  const inIncident = conn.prepare<[string], ReportRow>('select * from events where incident_id = ?');
  const aliases = inListQuery<{ event_id: string; alias: string }>(
    conn,
    (list) =>
      `select event_id, alias from event_location_aliases where event_id in ${list} order by event_id, position`,
  );
  const perpetrators = inListQuery<{ event_id: string; name_key: string; entity_id: string | null }>(
    conn,
    (list) =>
      `select event_id, name_key, entity_id from event_perpetrators where event_id in ${list} order by event_id, position`,
  );
  const put = rowInserter(conn);
  // CROSS JOIN keeps SQLite on the key index first: reading events by category instead grows with the store.
  // (The join condition sits in WHERE, the one place both dialects accept it after a CROSS JOIN.)
  const twins = (keys: string) => `select distinct e.* from event_place_keys k cross join events e
     where e.id = k.event_id and ${keys} and e.document_id <> ? and e.category = ?
       and (e.subtype = ? or e.subtype = 'unknown' or cast(? as text) = 'unknown')
       and coalesce(e.date_start, '0000') <= ? and coalesce(e.date_end, '9999') >= ?`;
  // A report has a few dozen keys at most.
  const byKeys = inListQuery<ReportRow>(conn, (list) => twins(`k.key in ${list}`));
  const byPrefix = conn.prepare<string[], ReportRow>(twins('k.key >= ? and k.key < ?'));
  const candidates = async (r: IncidentReport): Promise<ReportRow[]> => {
    const query = [r.documentId, r.category, r.subtype, r.subtype, r.dateEnd ?? '9999', r.dateStart ?? '0000'];
    const keys = lookupKeys(r);
    if ('exact' in keys) return byKeys(keys.exact, ...query);
    const rows: ReportRow[] = [];
    for (const prefix of keys.prefixes) rows.push(...(await byPrefix.all(prefix, `${prefix}\uffff`, ...query)));
    return rows;
  };
  const links = conn.prepare<[string, string], { a: string; b: string; link: string }>(
    `select a, b, link from review_links where fact_kind = 'incident' and (a = ? or b = ?)`,
  );
  const setIncident = conn.prepare<[string, string]>('update events set incident_id = ? where id = ?');
  const dropIncident = conn.prepare<[string]>('delete from incidents where id = ?');
  const incidents = incidentRowWriter(conn);

  const asReport = (
    row: ReportRow,
    placeAliases: { alias: string }[],
    named: { name_key: string; entity_id: string | null }[],
  ): Report => ({
    id: row.id,
    documentId: row.document_id,
    dateStart: row.date_start,
    dateEnd: row.date_end,
    datePrecision: row.date_precision as DatePrecision,
    category: row.category,
    subtype: row.subtype,
    location: {
      name: row.location_name,
      admin1: row.location_admin1,
      precision: row.location_precision as LocationPrecision,
      lat: row.lat,
      lon: row.lon,
      aliases: placeAliases.map((a) => a.alias),
    },
    perpetrators: named.map((p) => ({ key: p.name_key, entityId: p.entity_id })),
    row,
  });

  return async (documentId, formerIncidents) => {
    // A stored report is read once per ingest, though several of the document's reports may meet it.
    // Their place aliases and perpetrators are read for all rows in hand at once.
    const loaded = new Map<string, Report>();
    const load = async (rows: ReportRow[]): Promise<Report[]> => {
      const fresh = [...new Map(rows.filter((r) => !loaded.has(r.id)).map((r) => [r.id, r])).values()];
      const ids = fresh.map((r) => r.id);
      const aliasesOf = groupRows(await aliases(ids), (a) => a.event_id);
      const perpetratorsOf = groupRows(await perpetrators(ids), (p) => p.event_id);
      for (const r of fresh) loaded.set(r.id, asReport(r, aliasesOf.get(r.id) ?? [], perpetratorsOf.get(r.id) ?? []));
      return rows.map((r) => loaded.get(r.id) as Report);
    };
    const own = await load(await reportsOf.all(documentId));
    const touched = new Set(formerIncidents);
    const sameLinks = new Map<string, Set<string>>();
    const apart = new Set<string>();
    for (const r of own) {
      const keys = [...new Set(storedKeys(r))].map((key) => ({ event_id: r.id, key }));
      await put('event_place_keys', keys, 'on conflict do nothing');
      // Only an incident holding a report of the same incident can take this one in.
      for (const c of await load(await candidates(r))) if (sameIncident(r, c)) touched.add(c.row.incident_id);
      for (const { a, b, link } of await links.all(r.id, r.id)) {
        const other = a === r.id ? b : a;
        if (link === 'different') apart.add(`${r.id}|${other}`).add(`${other}|${r.id}`);
        else {
          sameLinks.set(r.id, (sameLinks.get(r.id) ?? new Set()).add(other));
          sameLinks.set(other, (sameLinks.get(other) ?? new Set()).add(r.id));
          const linked = await report.get(other);
          if (linked) touched.add(linked.incident_id);
        }
      }
    }
    const pool = new Map(own.map((r) => [r.id, r]));
    for (const incident of touched) for (const r of await load(await inIncident.all(incident))) pool.set(r.id, r);
    // Links between the pool's other reports (an editor may have split an incident before).
    for (const r of pool.values())
      if (!own.includes(r))
        for (const { a, b, link } of await links.all(r.id, r.id)) {
          const other = a === r.id ? b : a;
          if (link === 'different') apart.add(`${r.id}|${other}`).add(`${other}|${r.id}`);
          else sameLinks.set(r.id, (sameLinks.get(r.id) ?? new Set()).add(other));
        }

    // Town-level reports first, so a region-level report joins the town's incident rather than gathering towns.
    const coarse = (r: Report) => (r.location.precision === 'admin1' || r.location.precision === 'country' ? 1 : 0);
    const sorted = [...pool.values()].sort((a, b) => coarse(a) - coarse(b) || (representative([a, b]) === a ? -1 : 1));
    const groups: Report[][] = [];
    for (const r of sorted) {
      const fits = (g: Report[]) =>
        g.every((m) => sameIncident(m, r) && !apart.has(`${m.id}|${r.id}`)) &&
        dateIntersection([...g, r].map((m) => m.row)) !== null;
      const group = groups.find((g) => g.some((m) => sameLinks.get(r.id)?.has(m.id))) ?? groups.find(fits);
      if (group) group.push(r);
      else groups.push([r]);
    }

    // An incident whose reports are the same as before is left as it is.
    const sizeBefore = new Map<string, number>();
    for (const r of pool.values()) sizeBefore.set(r.row.incident_id, (sizeBefore.get(r.row.incident_id) ?? 0) + 1);
    const changed = groups.filter((group) => {
      const rep = representative(group);
      return !(group.every((r) => r.row.incident_id === rep.id) && sizeBefore.get(rep.id) === group.length);
    });
    const kept = new Set(groups.filter((g) => !changed.includes(g)).map((g) => representative(g).id));
    for (const id of touched) if (!kept.has(id)) await dropIncident.run(id);
    for (const r of own) if (!kept.has(r.id)) await dropIncident.run(r.id);
    for (const group of changed) {
      const rep = representative(group);
      for (const r of group) await setIncident.run(rep.id, r.id);
      await incidents.write(
        rep.id,
        group.map((r) => r.row),
      );
    }
  };
}
