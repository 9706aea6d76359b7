import {
  edtfRange,
  normalizeName,
  type EntityKind,
  type Evidence,
  type Extraction,
  type Organization,
  type Person,
} from '../../model/index.js';
import type { Insertable } from 'kysely';
import type { IngestInput, IngestResult } from '../store.js';
import type { SqlConnection } from './connection.js';
import { entityNames } from './entity-names.js';
import { entityResolver } from './entity-resolution.js';
import { eventRows } from './event-rows.js';
import { incidentMerger } from './incident-merging.js';
import { relinker } from './relink.js';
import { factIdKeeper, nameFactId } from './review-fact-ids.js';
import { reviewReapplier } from './review-reapply.js';
import { rowInserter } from './row-inserter.js';
import type { KbDatabase } from './schema.js';

const json = (values: readonly string[] | undefined) => JSON.stringify(values ?? []);

/**
 * Builds the ingest: statements prepared once, each call one transaction, so a document
 * lands whole or not at all. An unchanged document (same content hash) writes nothing; a
 * changed one first drops its own facts (cascading from the document row) and the
 * entities no other document names.
 *
 * @example
 * const ingest = ingester(conn);
 * (await ingest({ document, extraction })).status // 'added'
 */
export function ingester(conn: SqlConnection): (input: IngestInput) => Promise<IngestResult> {
  const hash = conn.prepare<[string], { content_hash: string; ingested_at: string }>(
    'select content_hash, ingested_at from documents where id = ?',
  );
  const dropDocument = conn.prepare<[string]>('delete from documents where id = ?');
  const dropOrphans = conn.prepare('delete from entities where id not in (select entity_id from entity_mentions)');
  const nextNameId = conn.prepare<[], { next: number | string }>('select coalesce(max(id), 0) + 1 as next from names');
  const put = rowInserter(conn);
  const { resolve, rekey } = entityResolver(conn);
  const entitiesOf = conn.prepare<[string], { entity_id: string }>(
    'select distinct entity_id from entity_mentions where document_id = ?',
  );
  const relink = relinker(conn);
  const keepIds = factIdKeeper(conn);
  const reapply = reviewReapplier(conn);
  const mergeIncidents = incidentMerger(conn);
  const incidentsOf = conn.prepare<[string], { incident_id: string }>(
    'select distinct incident_id from events where document_id = ?',
  );

  const write = (input: IngestInput, firstIngested: string | null): Promise<IngestResult> =>
    conn.transaction(async () => {
      const replacing = firstIngested !== null;
      const { document: doc, extraction } = input;
      // Read before the old rows go: matching facts keep their ids, so reviews keep their targets.
      const ids = await keepIds(doc.id, extraction);
      // The incidents the document's old reports belonged to are rebuilt without them.
      const formerIncidents = replacing ? (await incidentsOf.all(doc.id)).map((r) => r.incident_id) : [];
      if (replacing) {
        const formerEntities = (await entitiesOf.all(doc.id)).map((r) => r.entity_id);
        await dropDocument.run(doc.id);
        await dropOrphans.run();
        await rekey(formerEntities);
      }
      await put('documents', {
        id: doc.id,
        title: doc.title ?? null,
        path: doc.path ?? null,
        format: doc.format,
        content_hash: doc.contentHash,
        text: doc.text,
        chars: doc.text.length,
        // A replaced document keeps its place in the ingest order, so entity names and the
        // first-mention order it decides do not change because a text was corrected.
        ingested_at: firstIngested ?? new Date().toISOString(),
      });
      // Facts from one sentence share its evidence row.
      const evidence = async (span: Evidence | null | undefined): Promise<string | null> => {
        if (!span) return null;
        const id = `${doc.id}@${span.start}-${span.end}`;
        await put(
          'evidence',
          { id, document_id: doc.id, start: span.start, end: span.end, text: span.text },
          'on conflict do nothing',
        );
        return id;
      };
      const sourceId = (label: string) => `${doc.id}#${label}`;

      for (const s of extraction.sources) {
        const row = {
          id: sourceId(s.label),
          document_id: doc.id,
          label: s.label,
          title: s.title ?? null,
          publisher: s.publisher ?? null,
          work: s.work ?? null,
          date: s.date ?? null,
          accessed: s.accessed ?? null,
          quote: s.quote ?? null,
          url: s.url ?? null,
          evidence_id: await evidence(s.evidence),
        };
        // A label listed twice keeps its first reading.
        await put('sources', row, 'on conflict do nothing');
      }
      const labels = new Set(extraction.sources.map((s) => s.label));

      let nameId = Number((await nextNameId.get())?.next ?? 1);
      const landEntity = async (kind: EntityKind, entity: Organization | Person) => {
        const names = entityNames(entity);
        const org: Partial<Organization> = kind === 'organization' ? entity : {};
        const { entityId, reason } = await resolve(
          {
            kind,
            documentId: doc.id,
            localId: entity.id,
            name: entity.name,
            names,
            parent: org.parent ?? null,
            founded: org.founded ?? null,
          },
          doc.text,
        );
        await put('entity_mentions', {
          entity_id: entityId,
          document_id: doc.id,
          local_id: entity.id,
          name: entity.name,
          parent: org.parent ?? null,
          founded: org.founded ?? null,
          dissolved: org.dissolved ?? null,
          status: org.status ?? null,
          region: org.region ?? null,
          roles: json('roles' in entity ? entity.roles : undefined),
          merge_reason: reason,
          evidence_id: await evidence(entity.evidence),
        });
        const rows: Insertable<KbDatabase['names']>[] = [];
        for (const n of names) {
          rows.push({
            id: nameId++,
            entity_id: entityId,
            document_id: doc.id,
            text: n.text,
            normalized: n.normalized,
            ascii_key: n.ascii,
            lang: n.lang,
            script: n.script,
            romanized_from: n.romanizedFrom,
            evidence_id: await evidence(n.evidence),
            fact_id: nameFactId(doc.id, entity.id, n.text),
          });
        }
        await put('names', rows);
        return names.length;
      };
      let names = 0;
      for (const org of extraction.organizations) names += await landEntity('organization', org);
      for (const person of extraction.people) names += await landEntity('person', person);

      for (const [i, r] of extraction.relations.entries()) {
        await put('relations', {
          id: ids.relations[i] as string,
          document_id: doc.id,
          type: r.type,
          subject_name: r.subject,
          subject_key: normalizeName(r.subject),
          subject_id: null,
          object_name: r.object,
          object_key: normalizeName(r.object),
          object_id: null,
          start: r.start ?? null,
          end: r.end ?? null,
          start_day: r.start === undefined ? null : (edtfRange(r.start)?.start ?? null),
          end_day: r.end === undefined ? null : (edtfRange(r.end)?.end ?? null),
          citations: json(r.citations),
          evidence_id: (await evidence(r.evidence)) as string,
        });
      }

      for (const [i, e] of extraction.events.entries()) {
        const rows = eventRows(e, {
          id: ids.events[i] as string,
          documentId: doc.id,
          evidenceId: (await evidence(e.evidence)) as string,
          sourceId: (label) => (labels.has(label) ? sourceId(label) : null),
        });
        await put('events', rows.event);
        await put('incidents', rows.incident);
        await put('event_perpetrators', rows.perpetrators);
        await put('event_targets', rows.targets);
        await put('event_weapons', rows.weapons);
        await put('event_sources', rows.citations);
        await put('event_location_aliases', rows.locationAliases);
      }
      await relink(doc.id);
      await mergeIncidents(doc.id, formerIncidents);
      // Human decisions outlive the extraction they were made on.
      await reapply(doc.id, ids.previous);
      return { documentId: doc.id, status: replacing ? 'replaced' : 'added', added: counts(extraction, names) };
    });

  return async (input) => {
    const known = await hash.get(input.document.id);
    if (known?.content_hash === input.document.contentHash) {
      return { documentId: input.document.id, status: 'unchanged', added: counts(null, 0) };
    }
    return write(input, known?.ingested_at ?? null);
  };
}

function counts(extraction: Extraction | null, names: number): IngestResult['added'] {
  return {
    organizations: extraction?.organizations.length ?? 0,
    people: extraction?.people.length ?? 0,
    names,
    relations: extraction?.relations.length ?? 0,
    events: extraction?.events.length ?? 0,
    sources: extraction?.sources.length ?? 0,
  };
}
