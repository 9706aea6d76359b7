import { EVENT_SUBTYPES, InputError, NotFoundError, type ReviewStatus } from '../../model/index.js';
import {
  parseReviewChange,
  subtypeFitsCategory,
  type AuditEntry,
  type AuditedKind,
  type ReviewAction,
  type ReviewChange,
  type ReviewedFactKind,
} from '../../model/review.js';
import type { IngestInput, IngestResult } from '../store.js';
import type { SqlConnection, SqlStatement } from './connection.js';
import type { AddChange } from './review-add.js';
import { displayNameReader, displayNameWriter } from './entity-display-names.js';
import { entityEditor, mentionKey, parseMention, type MentionRef } from './review-entities.js';
import { factFields, fieldJson } from './review-fields.js';
import { handAdder } from './review-add.js';
import { incidentEditor, unchangedIncident } from './review-incidents.js';

const TABLE: Record<ReviewedFactKind, { table: string; key: string }> = {
  event: { table: 'events', key: 'id' },
  relation: { table: 'relations', key: 'id' },
  name: { table: 'names', key: 'fact_id' },
};

/**
 * Builds `store.review`: each change is one transaction that applies
 * it to the stored facts, writes the durable record (statuses, edits, links) that re-ingest
 * re-applies, and appends one audit entry, which it returns. A change that cannot apply
 * (unknown id, a subtype outside its category) throws before anything is written.
 *
 * @example
 * const review = reviewer(conn, ingest);
 * (await review({ action: 'edit', kind: 'event', id: 'evt_a_ev-01', set: { killed: 7 } }, 'ana')).after // { killed: 7 }
 */
export function reviewer(conn: SqlConnection, ingest: (input: IngestInput) => Promise<IngestResult>) {
  const fields = factFields(conn);
  const incidents = incidentEditor(conn);
  const entities = entityEditor(conn);
  const addByHand = handAdder(conn, ingest);
  const displayNames = displayNameReader(conn);
  const setDisplayName = displayNameWriter(conn);
  const statusOf = Object.fromEntries(
    Object.entries(TABLE).map(([kind, { table, key }]) => [
      kind,
      conn.prepare<[string], { status: ReviewStatus }>(`select review_status as status from ${table} where ${key} = ?`),
    ]),
  ) as Record<ReviewedFactKind, SqlStatement<[string], { status: ReviewStatus }>>;
  const setStatusOf = Object.fromEntries(
    Object.entries(TABLE).map(([kind, { table, key }]) => [
      kind,
      conn.prepare<[string, string]>(`update ${table} set review_status = ? where ${key} = ?`),
    ]),
  ) as Record<ReviewedFactKind, SqlStatement<[string, string], unknown>>;
  const putReview = conn.prepare<[string, string, string]>(
    `insert into fact_reviews (fact_kind, fact_id, status) values (?, ?, ?)
     on conflict (fact_kind, fact_id) do update set status = excluded.status`,
  );
  const editOf = conn.prepare<[string, string, string], { before: string }>(
    'select before from fact_edits where fact_kind = ? and fact_id = ? and field = ?',
  );
  const putEdit = conn.prepare<[string, string, string, string, string]>(
    `insert into fact_edits (fact_kind, fact_id, field, value, before) values (?, ?, ?, ?, ?)
     on conflict (fact_kind, fact_id, field) do update set value = excluded.value, before = excluded.before`,
  );
  const conflictOf = conn.prepare<[string, string, string], { extracted: string }>(
    'select extracted from review_conflicts where fact_kind = ? and fact_id = ? and field = ?',
  );
  const dropConflict = conn.prepare<[string, string, string]>(
    'delete from review_conflicts where fact_kind = ? and fact_id = ? and field = ?',
  );
  const putLink = conn.prepare<[string, string, string, string]>(
    `insert into review_links (fact_kind, a, b, link) values (?, ?, ?, ?)
     on conflict (fact_kind, a, b) do update set link = excluded.link`,
  );
  const putAudit = conn.prepare<
    [string, string, string, string, string, string | null, string | null, string | null],
    { id: number | string }
  >(
    `insert into audit_log (at, actor, action, fact_kind, fact_id, before, after, reason)
     values (?, ?, ?, ?, ?, ?, ?, ?) returning id`,
  );

  const status = async (kind: ReviewedFactKind, id: string): Promise<ReviewStatus> => {
    const row = await statusOf[kind].get(id);
    if (!row) throw new NotFoundError(`no ${kind} with id "${id}" in the store`, { where: 'id' });
    return row.status;
  };
  const setStatus = async (kind: ReviewedFactKind, id: string, value: ReviewStatus) => {
    await setStatusOf[kind].run(value, id);
    await putReview.run(kind, id, value);
  };
  /** A link is stored once per pair, in order, so `a`–`b` and `b`–`a` are the same row. */
  const link = async (kind: 'entity' | 'incident', x: string, y: string, value: 'same' | 'different') => {
    const [a, b] = x < y ? [x, y] : [y, x];
    await putLink.run(kind, a, b, value);
  };
  /** Records each edited field; the value it replaced stays the extracted one across repeated edits. */
  const recordEdits = async (kind: ReviewedFactKind, id: string, current: object, set: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(set)) {
      // Editing a field in conflict settles it: the new extraction becomes the value replaced.
      const before =
        (await conflictOf.get(kind, id, field))?.extracted ??
        (await editOf.get(kind, id, field))?.before ??
        fieldJson(field, (current as Record<string, unknown>)[field]);
      await putEdit.run(kind, id, field, fieldJson(field, value), before);
      await dropConflict.run(kind, id, field);
    }
  };
  const audit = async (
    actor: string,
    action: ReviewAction,
    kind: AuditedKind,
    factId: string,
    before: unknown,
    after: unknown,
    reason: string | undefined,
  ): Promise<AuditEntry> => {
    const at = new Date().toISOString();
    const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
    const row = await putAudit.get(at, actor, action, kind, factId, json(before), json(after), reason ?? null);
    return {
      id: Number((row as { id: number | string }).id),
      at,
      actor,
      action,
      kind,
      factId,
      before,
      after,
      reason: reason ?? null,
    };
  };
  const canonical = (set: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(set).map(([k, v]) => [k, JSON.parse(fieldJson(k, v)) as unknown]));
  const pick = (from: object, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, (from as Record<string, unknown>)[k]]));

  async function add(change: AddChange, actor: string): Promise<AuditEntry> {
    const { factId, documentId } = await addByHand(change, actor);
    await setStatus(change.kind, factId, 'accepted');
    const after = { ...change.fact, document: documentId, source: change.source };
    return audit(actor, 'add', change.kind, factId, null, after, change.reason);
  }

  const mentionList = async (id: string) => (await entities.mentions(id)).map(mentionKey);

  const apply = async (change: ReviewChange, actor: string): Promise<AuditEntry> => {
    switch (change.action) {
      case 'accept':
      case 'reject': {
        const before = await status(change.kind, change.id);
        const after: ReviewStatus = change.action === 'accept' ? 'accepted' : 'rejected';
        await setStatus(change.kind, change.id, after);
        return audit(
          actor,
          change.action,
          change.kind,
          change.id,
          { status: before },
          { status: after },
          change.reason,
        );
      }
      case 'edit': {
        if (change.kind === 'entity') {
          const shown = async () => (await displayNames([change.id])).get(change.id);
          await entities.kind(change.id);
          const before = { name: await shown() };
          await setDisplayName(change.id, change.set.name ?? null);
          return audit(actor, 'edit', 'entity', change.id, before, { name: await shown() }, change.reason);
        }
        const set = canonical(change.set);
        if (change.kind === 'event') {
          const current = await fields.readEvent(change.id);
          if (!current) throw new NotFoundError(`no event with id "${change.id}" in the store`, { where: 'id' });
          const next = { ...current, ...set } as typeof current;
          if (!subtypeFitsCategory(next.category, next.subtype))
            throw new InputError(
              `event ${change.id}: subtype "${next.subtype}" is not one of category "${next.category}" (allowed: ${EVENT_SUBTYPES[next.category].join(', ')})`,
              { where: 'subtype' },
            );
          await recordEdits('event', change.id, current, set);
          await fields.writeEvent(change.id, next);
          await incidents.refresh(await incidents.incident(change.id));
          await setStatus('event', change.id, 'edited');
          return audit(actor, 'edit', 'event', change.id, pick(current, Object.keys(set)), set, change.reason);
        }
        const current = await fields.readRelation(change.id);
        if (!current) throw new NotFoundError(`no relation with id "${change.id}" in the store`, { where: 'id' });
        await recordEdits('relation', change.id, current, set);
        await fields.writeRelation(change.id, { ...current, ...set } as typeof current);
        await setStatus('relation', change.id, 'edited');
        return audit(actor, 'edit', 'relation', change.id, pick(current, Object.keys(set)), set, change.reason);
      }
      case 'merge': {
        if (change.kind === 'entity') {
          const before = { into: await mentionList(change.into), from: await mentionList(change.from) };
          const anchor = (await entities.mentions(change.into))[0] as MentionRef;
          const why = `an editor (${actor}) merged it${change.reason ? `: ${change.reason}` : ''}`;
          await entities.merge(change.into, change.from, why);
          for (const m of before.from) await link('entity', mentionKey(anchor), m, 'same');
          const after = { id: change.into, mentions: await mentionList(change.into), removed: change.from };
          return audit(actor, 'merge', 'entity', change.into, before, after, change.reason);
        }
        const before = { into: await incidents.reports(change.into), from: await incidents.reports(change.from) };
        if (!(await incidents.merge(change.into, change.from)))
          throw unchangedIncident('merge', [change.into, change.from]);
        await link('incident', change.into, change.from, 'same');
        const incident = await incidents.incident(change.into);
        const after = { incident, reports: await incidents.reports(change.into) };
        return audit(actor, 'merge', 'incident', incident, before, after, change.reason);
      }
      case 'split': {
        if (change.kind === 'entity') {
          const mention = parseMention(change.mention);
          if ((await entities.entityOf(mention)).entity_id !== change.id)
            throw new InputError(`mention ${change.mention} is not of entity ${change.id}`, { where: 'mention' });
          const before = { id: change.id, mentions: await mentionList(change.id) };
          const created = await entities.split(mention);
          const mentions = await mentionList(change.id);
          for (const m of mentions) await link('entity', change.mention, m, 'different');
          const after = {
            id: change.id,
            mentions,
            split: { id: created, mention: change.mention },
          };
          return audit(actor, 'split', 'entity', change.id, before, after, change.reason);
        }
        const incident = await incidents.incident(change.id);
        const before = { incident, reports: await incidents.reports(change.id) };
        if (!(await incidents.split(change.id))) throw unchangedIncident('split', [change.id]);
        for (const other of before.reports.filter((r) => r !== change.id))
          await link('incident', change.id, other, 'different');
        const rest = before.reports.find((r) => r !== change.id) as string;
        const after = {
          incident: await incidents.incident(rest),
          reports: await incidents.reports(rest),
          split: { incident: change.id, reports: [change.id] },
        };
        return audit(actor, 'split', 'incident', incident, before, after, change.reason);
      }
      case 'add':
        return add(change, actor);
    }
  };

  // The change is parsed here too: the store is a boundary for every caller, not only the API and the CLI.
  return (change: ReviewChange, actor: string): Promise<AuditEntry> => {
    const parsed = parseReviewChange(change);
    return conn.transaction(() => apply(parsed, actor));
  };
}
