// Disputes found in the half-monthly screening (矛盾纠纷排查).
import type { DisputeFilter } from '../../../../shared/registry/ledger-filters';
import type { DisputeRow } from '../../../../shared/registry/registry-records';
import type { DisputeKind, DisputeStatus } from '../../../../shared/registry/registry-types';
import type { ReadDb } from '../../db/read-db';
import type { QueryEnv } from './query-env';
import { likeContains, Where, type PageInput, orderBy, type SortColumn } from './query-kit';
import type { LedgerSortField } from '../../../../shared/registry/ledger-sort';

export interface DisputeDbRow {
  id: string;
  grid_id: string;
  found_date: string;
  parties: string;
  kind: DisputeKind;
  summary: string;
  status: DisputeStatus;
  mediator: string | null;
  result: string | null;
  resolved_date: string | null;
  notes: string | null;
  archived: number;
  grid_name: string;
}

export const DISPUTE_SELECT = `SELECT d.*, g.name AS grid_name FROM dispute d JOIN org_unit g ON g.id = d.grid_id`;

export function disputeWhere(f: DisputeFilter, env: QueryEnv, prefix?: string): Where {
  const w = new Where(prefix);
  if (!f.includeArchived) w.add('d.archived = 0');
  if (env.scope) w.in('d.grid_id', env.scope);
  if (f.kinds?.length) w.in('d.kind', f.kinds);
  if (f.status) w.add('d.status = ?', f.status);
  if (f.from) w.add('d.found_date >= ?', f.from);
  if (f.to) w.add('d.found_date <= ?', f.to);
  const q = f.search?.trim();
  if (q) {
    const s = likeContains(q);
    w.add(`(d.parties LIKE ? ESCAPE '\\' OR d.summary LIKE ? ESCAPE '\\' OR d.mediator LIKE ? ESCAPE '\\')`, s, s, s);
  }
  return w;
}

export function toDisputeRow(r: DisputeDbRow): DisputeRow {
  return {
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    foundDate: r.found_date,
    parties: r.parties,
    kind: r.kind,
    summary: r.summary,
    status: r.status,
    mediator: r.mediator,
    result: r.result,
    resolvedDate: r.resolved_date,
    notes: r.notes,
    archived: r.archived === 1,
  };
}


const DISPUTE_SORT: Record<LedgerSortField<'dispute'>, SortColumn> = {
  foundDate: 'd.found_date',
  kind: 'd.kind',
  status: 'd.status',
  resolvedDate: 'd.resolved_date',
  grid: 'g.code',
};

export function listDisputes(db: ReadDb, f: DisputeFilter, env: QueryEnv, page: PageInput | null): DisputeRow[] {
  const w = disputeWhere(f, env);
  const limit = page ? `LIMIT ${page.limit} OFFSET ${page.offset}` : '';
  return (db.prepare(`${DISPUTE_SELECT} ${w.sql} ${orderBy(DISPUTE_SORT, page, 'd.found_date DESC, g.code, d.id')} ${limit}`).all(w.params) as DisputeDbRow[]).map(toDisputeRow);
}

export function getDisputeRow(db: ReadDb, id: string): DisputeDbRow | undefined {
  return db.prepare(`${DISPUTE_SELECT} WHERE d.id = ?`).get(id) as DisputeDbRow | undefined;
}
