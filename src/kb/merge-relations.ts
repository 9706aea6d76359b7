import { edtfOverlaps, edtfRange } from '../model/index.js';
import type { RelationRecord } from '../store/store.js';

/** A relation as several documents state it: one entry, the finest dates, every document. */
export interface MergedRelation extends RelationRecord {
  documentIds: string[];
}

const FINER = { year: 0, month: 1, day: 2 } as const;
const finer = (a: string | null, b: string | null) => {
  if (a === null || b === null) return a ?? b;
  return FINER[edtfRange(b)?.precision ?? 'year'] > FINER[edtfRange(a)?.precision ?? 'year'] ? b : a;
};
const compatible = (a: string | null, b: string | null) => a === null || b === null || edtfOverlaps(a, b);

/**
 * Folds the same relation stated by several documents (or twice in one) into one: same
 * type and ends, and start and end dates that can agree. The merged entry keeps the most
 * precise dates ("2014-03-18" over "2014-03") and lists every document.
 *
 * @example
 * mergeRelations([kebekovFrom('2014-03'), kebekovFrom('2014-03-18')])[0]?.start // '2014-03-18'
 */
export function mergeRelations(relations: RelationRecord[]): MergedRelation[] {
  const merged: MergedRelation[] = [];
  const end = (r: RelationRecord) => `${r.type}|${r.subjectId ?? r.subjectName}|${r.objectId ?? r.objectName}`;
  for (const r of relations) {
    const same = merged.find((m) => end(m) === end(r) && compatible(m.start, r.start) && compatible(m.end, r.end));
    if (!same) {
      merged.push({ ...r, documentIds: [r.documentId] });
      continue;
    }
    same.start = finer(same.start, r.start);
    same.end = finer(same.end, r.end);
    if (!same.documentIds.includes(r.documentId)) same.documentIds.push(r.documentId);
  }
  return merged;
}
