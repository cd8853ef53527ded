// The index a count under several of the filter bar's facets reads (migration 0035): category,
// subcategory, source and urgency each lead a covering index that also holds done, receipt time,
// status, deadline, supervision and the other facets, so a queue's count under, say, 市政设施
// from 热线 in 2025 reads the entries of whichever facet has the fewest cases — by the tallies,
// not by SQLite's guess: without statistics every equality looks alike to it, and it chose
// indexes that read every case of a category, or the whole table (80–900 ms in the county).
// One facet alone (with or without a range) is a sum of tallies (case-counts.ts).
import type { CaseFilter, CaseQueue } from '../../../shared/cases/case-inputs';
import { DONE_STAGE } from '../../../shared/cases/case-workflow';
import type { ReadDb } from '../db/read-db';
import { facetCaseCount } from './case-counts';
import { isSubcategory } from './catalogue-repo';

/** The facets with a covering index: their tally facet, the filter's value and the index. */
function indexedFacets(db: ReadDb, f: CaseFilter): { facet: string; value: string; index: string }[] {
  const out: { facet: string; value: string; index: string }[] = [];
  if (f.categoryId) {
    const facet = isSubcategory(db, f.categoryId) ? 'subcategory' : 'category';
    out.push({ facet, value: f.categoryId, index: `case_facet_${facet}` });
  }
  if (f.source) out.push({ facet: 'source', value: f.source, index: 'case_facet_source' });
  if (f.urgency) out.push({ facet: 'urgency', value: f.urgency, index: 'case_facet_urgency' });
  return out;
}

/**
 * The covering index to count the filter's cases through, or null: a filter of two or more of
 * category, source, urgency, level and handling type (at least one of them indexed), with no
 * grid, village or text (their own indexes are narrower).
 */
export function facetIndex(db: ReadDb, f: CaseFilter): string | null {
  const facets = [f.categoryId, f.source, f.urgency, f.level, f.handlingType].filter((v) => v !== undefined);
  return facets.length < 2 ? null : fewestCasesIndex(db, f);
}

/**
 * The covering index of the filter's indexed facet with the fewest cases (by the tallies), or
 * null where it has none, or a grid, village, text or conflict filter (not in the indexes).
 */
export function fewestCasesIndex(db: ReadDb, f: CaseFilter): string | null {
  if (f.text || f.gridId || f.villageId || f.syncConflict) return null;
  let best: string | null = null;
  let fewest = Infinity;
  for (const x of indexedFacets(db, f)) {
    const n = facetCaseCount(db, x.facet, x.value, f);
    if (n < fewest) [best, fewest] = [x.index, n];
  }
  return best;
}

/**
 * A queue's condition on `case_record c` read from a facet's covering index alone: `done` is a
 * generated column, which SQLite computes from the row even where an index holds it, so it is
 * stated by the stage the index holds; an open queue's stage (implied by its statuses) is stated
 * so the index is entered at the open cases.
 */
export function facetCondition(queue: CaseQueue, where: string): string {
  const staged = where.replaceAll('c.done = 0', `c.stage < ${DONE_STAGE}`).replaceAll('c.done = 1', `c.stage >= ${DONE_STAGE}`);
  return queue === 'closed' || queue === 'all' ? staged : `c.stage < ${DONE_STAGE} AND ${staged}`;
}
