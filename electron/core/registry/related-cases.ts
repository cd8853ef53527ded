// The cases (事件) that involve a ledger record. Cases carry no link to ledger rows, so a case
// involves a record when its reporter is the person (same phone, or same name in the same
// grid), when its address names the house or premises, or when it names the facility's code.
import { ACTIVE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/cases/case-workflow';
import type { CaseLink } from '../../../shared/registry/registry-records';
import type { ReadDb } from '../db/read-db';
import { scopeCondition, type CaseScope } from '../cases/case-scope';
import { likeContains } from './queries/query-kit';

const LIMIT = 50;

export function hasCaseTables(db: ReadDb): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'case_record'").get();
}

interface CaseDbRow {
  id: string;
  number: string;
  title: string;
  category_name: string | null;
  status: CaseStatus;
  received_at: number;
}

type Clause = [string, ...unknown[]];

/** Cases matching any of the clauses and within the caller's case scope (null: every case), newest first. */
function query(db: ReadDb, clauses: Clause[], scope: CaseScope | null): CaseLink[] {
  if (!hasCaseTables(db) || clauses.length === 0) return [];
  const params: unknown[] = [];
  // Each clause through its own index (grid, reporter phone, grid + reporter name), the newest
  // of their union sorted afterwards: never a walk of every case in received order.
  const sql = clauses
    .map(([text, ...values]) => {
      params.push(...values);
      return `SELECT c.rowid FROM case_record c WHERE ${text}`;
    })
    .join(' UNION ALL ');
  const named: Record<string, string | number> = {};
  const limit = scopeCondition(scope, named);
  const rows = db
    .prepare(
      `SELECT c.id, c.number, c.title, cat.name AS category_name, c.status, c.received_at
       FROM case_record c LEFT JOIN case_category cat ON cat.id = c.category_id
       WHERE c.rowid IN (${sql})${limit ? ` AND ${limit}` : ''} ORDER BY +c.received_at DESC LIMIT ${LIMIT}`,
    )
    .all(...params, named) as CaseDbRow[];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    category: r.category_name,
    status: CASE_STATUS_LABELS[r.status] ?? r.status,
    reportedAt: new Date(r.received_at).toISOString(),
  }));
}

export function casesForPerson(db: ReadDb, p: { name: string; phone: string | null; grid_id: string; address: string | null }, scope: CaseScope | null): CaseLink[] {
  const clauses: Clause[] = [['c.reporter_name = ? AND c.grid_id = ?', p.name, p.grid_id]];
  if (p.phone) clauses.push(['c.reporter_phone = ?', p.phone]);
  if (p.address && p.address.length >= 6) clauses.push([`c.grid_id = ? AND c.address LIKE ? ESCAPE '\\'`, p.grid_id, likeContains(p.address)]);
  return query(db, clauses, scope);
}

export function casesForAddress(db: ReadDb, gridId: string, address: string, extraText: string | null, scope: CaseScope | null): CaseLink[] {
  const clauses: Clause[] = [];
  if (address.length >= 4) clauses.push([`c.grid_id = ? AND c.address LIKE ? ESCAPE '\\'`, gridId, likeContains(address)]);
  if (extraText && extraText.length >= 3)
    clauses.push([`c.title LIKE ? ESCAPE '\\' OR c.description LIKE ? ESCAPE '\\'`, likeContains(extraText), likeContains(extraText)]);
  return query(db, clauses, scope);
}

/** Open and overdue case counts per grid (overdue = deadline running and passed), for the grids given (null: every grid), from the open cases' covering index (migration 0026: stage < 80 is done = 0, said with the stored column so no table row is read). */
export function caseCountsByGrid(db: ReadDb, now: number, grids: string[] | null = null): Map<string, { open: number; overdue: number }> {
  const out = new Map<string, { open: number; overdue: number }>();
  if (!hasCaseTables(db)) return out;
  const active = ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ');
  const scope = grids ? ' AND grid_id IN (SELECT value FROM json_each(?))' : '';
  const rows = db
    .prepare(
      `SELECT grid_id, count(*) AS open, coalesce(sum(status IN (${active}) AND deadline_at < ?), 0) AS overdue
       FROM case_record INDEXED BY case_open_figures WHERE stage < 80 AND grid_id IS NOT NULL${scope} GROUP BY grid_id`,
    )
    .all(now, ...(grids ? [JSON.stringify(grids)] : [])) as { grid_id: string; open: number; overdue: number }[];
  for (const r of rows) out.set(r.grid_id, { open: r.open, overdue: r.overdue });
  return out;
}
