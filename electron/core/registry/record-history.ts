// A record's history (who, when, what) read from its local history (db/row-history): one entry
// per write with the values the changed cells had before it; the values after it are the next
// entry's priors or the record's current values. Values are shown as users know them (labels,
// names, 是/否).
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
import { tableColumns, type ReadDb } from '../db/read-db';
import { hlcMs } from '../db/hlc';
import { HistoryAction, readRowHistory } from '../db/row-history';

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

/** True when the change log has a history for the record. */
export function hasHistory(db: ReadDb, table: HistoryTable, id: string): boolean {
  return readRowHistory(db, table, id).length > 0;
}

export function recordHistory(db: ReadDb, table: HistoryTable, id: string, opts: { mask: boolean }): HistoryEntry[] {
  const stored = readRowHistory(db, table, id);
  if (stored.length === 0) return [];
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
  const show = (col: string, v: unknown): string | null => {
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

  // Walk back from the current values: each entry's priors are the values before it.
  const columnOrder = tableColumns(db, table).filter((c) => c !== 'id');
  const current = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  let state = new Map<string, unknown>(current ? Object.entries(current) : []);
  const entries: HistoryEntry[] = [];
  for (let i = stored.length - 1; i >= 0; i--) {
    const e = stored[i]!;
    const changes: HistoryChange[] = [];
    const visible = (col: string) => !HIDDEN_HISTORY_COLUMNS.has(col);
    if (e.action === HistoryAction.create) {
      for (const col of columnOrder) {
        const v = state.get(col);
        if (visible(col) && v !== null && v !== undefined) changes.push({ field: col, label: labels[col] ?? col, from: null, to: show(col, v) });
      }
      state = new Map();
    } else if (e.action === HistoryAction.delete) {
      state = new Map(e.priors);
    } else {
      for (const col of columnOrder) {
        if (!e.priors.has(col)) continue;
        const from = show(col, e.priors.get(col));
        const to = show(col, state.get(col));
        state.set(col, e.priors.get(col));
        if (visible(col) && from !== to) changes.push({ field: col, label: labels[col] ?? col, from, to });
      }
    }
    const action = e.action === HistoryAction.create ? 'create' : e.action === HistoryAction.delete ? 'delete' : 'update';
    let actionLabel = action === 'create' ? '新建' : action === 'delete' ? '删除' : '修改';
    if (action === 'update' && e.priors.size === 1 && e.priors.has('archived')) actionLabel = changes[0]?.to === '是' ? '归档' : '恢复';
    entries.push({ at: new Date(hlcMs(e.hlc)).toISOString(), actorId: e.actor, actorName: actorName(e.actor), action, actionLabel, changes });
  }
  return entries;
}
