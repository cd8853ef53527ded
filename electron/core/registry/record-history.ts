// A record's history (who, when, what) read from the change log, which holds every changed
// cell with the acting user and an HLC stamp. Cells written together by one user form one
// entry; values are shown as users know them (labels, names, 是/否).
import { MASKERS } from '../../../shared/registry/fields/field-def';
import {
  BOOLEAN_COLUMNS,
  FIELD_LABELS,
  HIDDEN_HISTORY_COLUMNS,
  SENSITIVE_COLUMNS,
  TAG_COLUMNS,
  VALUE_LABELS,
  type HistoryTable,
} from '../../../shared/registry/field-labels';
import type { HistoryChange, HistoryEntry } from '../../../shared/registry/registry-records';
import { TOMBSTONE_COLUMN } from '../db/change-writer';
import type { ReadDb } from '../db/read-db';
import { decodeHlc } from '../db/hlc';

interface LogRow {
  seq: number;
  hlc: string;
  actor: string | null;
  col: string;
  value: string | null;
}

/** Reference columns shown by the name of what they point to. */
const REFERENCES: Record<string, { table: string; column: string }> = {
  grid_id: { table: 'org_unit', column: 'name' },
  parent_id: { table: 'org_unit', column: 'name' },
  house_id: { table: 'house', column: 'address' },
  household_id: { table: 'household', column: 'household_no' },
  head_person_id: { table: 'person', column: 'name' },
  landlord_person_id: { table: 'person', column: 'name' },
  person_id: { table: 'person', column: 'name' },
  building_id: { table: 'building', column: 'name' },
};

export function recordHistory(db: ReadDb, table: HistoryTable, id: string, opts: { mask: boolean }): HistoryEntry[] {
  const rows = db.prepare('SELECT seq, hlc, actor, col, value FROM change_log WHERE tbl = ? AND row_id = ? ORDER BY seq').all(table, id) as LogRow[];
  if (rows.length === 0) return [];
  const labels = FIELD_LABELS[table];
  const names = new Map<string, string>();
  const lookup = (refTable: string, column: string, refId: string): string => {
    const key = `${refTable}:${refId}`;
    let v = names.get(key);
    if (v === undefined) {
      const r = db.prepare(`SELECT ${column} AS v FROM ${refTable} WHERE id = ?`).get(refId) as { v: string } | undefined;
      v = r?.v ?? '（已删除）';
      names.set(key, v);
    }
    return v;
  };
  const actorName = (actor: string | null): string => {
    if (!actor) return '系统';
    const key = `user:${actor}`;
    let v = names.get(key);
    if (v === undefined) {
      const r = db.prepare('SELECT display_name FROM user_account WHERE id = ?').get(actor) as { display_name: string } | undefined;
      v = r?.display_name ?? '未知用户';
      names.set(key, v);
    }
    return v;
  };
  const show = (col: string, raw: string | null): string | null => {
    if (raw === null) return null;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      v = raw;
    }
    if (v === null || v === undefined || v === '') return null;
    const qualified = `${table}.${col}`;
    if (BOOLEAN_COLUMNS.has(col)) return Number(v) ? '是' : '否';
    const sensitive = SENSITIVE_COLUMNS.get(qualified);
    if (sensitive && opts.mask) return MASKERS[sensitive](String(v));
    if (VALUE_LABELS[qualified]) return VALUE_LABELS[qualified]![String(v)] ?? String(v);
    if (TAG_COLUMNS[qualified]) {
      let tags: unknown = v;
      if (typeof v === 'string') {
        try {
          tags = JSON.parse(v);
        } catch {
          tags = [];
        }
      }
      return Array.isArray(tags) ? tags.map((t) => TAG_COLUMNS[qualified]![String(t)] ?? String(t)).join('、') : String(v);
    }
    if (col === 'boundary') return '（边界图形）';
    const ref = REFERENCES[col];
    if (ref && !(table === 'org_unit' && col === 'grid_id')) return lookup(ref.table, ref.column, String(v));
    return String(v);
  };

  const entries: HistoryEntry[] = [];
  const current = new Map<string, string | null>();
  let group: LogRow[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    const created = entries.length === 0;
    const deleted = group.some((r) => r.col === TOMBSTONE_COLUMN);
    const changes: HistoryChange[] = [];
    for (const r of group) {
      if (r.col === TOMBSTONE_COLUMN || HIDDEN_HISTORY_COLUMNS.has(r.col)) continue;
      // Flags left at their default (0) on insert were not logged: before any change they were 否.
      const prior = current.has(r.col) ? current.get(r.col)! : BOOLEAN_COLUMNS.has(r.col) ? '0' : null;
      const from = created ? null : show(r.col, prior);
      const to = show(r.col, r.value);
      current.set(r.col, r.value);
      if (!created && from === to) continue;
      changes.push({ field: r.col, label: labels[r.col] ?? r.col, from, to });
    }
    const archivedChange = group.find((r) => r.col === 'archived');
    let actionLabel = created ? '新建' : deleted ? '删除' : '修改';
    if (!created && !deleted && archivedChange && group.length === 1) actionLabel = archivedChange.value === '1' ? '归档' : '恢复';
    entries.push({
      at: new Date(decodeHlc(first.hlc).ms).toISOString(),
      actorId: first.actor,
      actorName: actorName(first.actor),
      action: created ? 'create' : deleted ? 'delete' : 'update',
      actionLabel,
      changes,
    });
    group = [];
  };
  // One entry per write: the cells one write logs for a record are consecutive in the log, by
  // one actor, each column once (a large import may spread them over a few milliseconds).
  for (const r of rows) {
    const first = group[0];
    const prev = group[group.length - 1];
    if (
      first &&
      (first.actor !== r.actor || r.seq !== prev!.seq + 1 || decodeHlc(r.hlc).ms - decodeHlc(first.hlc).ms > 2000 || group.some((g) => g.col === r.col))
    )
      flush();
    group.push(r);
  }
  flush();
  return entries.reverse();
}
