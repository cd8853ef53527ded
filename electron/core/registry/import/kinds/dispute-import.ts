// Importing the dispute screening register (矛盾纠纷排查): matched by grid + date + parties.
import { IMPORT_SPECS } from '../../../../../shared/registry/import-fields';
import type { Row } from '../../../db/change-writer';
import type { GridInfo } from '../../unit-scope';
import type { ImportAdapter } from '../import-adapter';
import { KeyedLookup, splitKey } from '../keyed-lookup';
import { put, text } from './compare';

const COLUMNS = ['grid_id', 'found_date', 'parties', 'kind', 'summary', 'status', 'mediator', 'result', 'resolved_date', 'notes'] as const;

export interface DisputeState {
  existing: KeyedLookup<{ id: string; row: Row }>;
}

export const disputeImport: ImportAdapter<DisputeState> = {
  spec: IMPORT_SPECS.dispute,
  table: 'dispute',
  keyLabel: '排查日期与当事人',

  load({ db }) {
    const stmt = db.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM dispute WHERE grid_id = ? AND found_date = ? AND parties = ? AND archived = 0 ORDER BY rowid DESC LIMIT 1`);
    const existing = new KeyedLookup((key) => {
      const [gridId, rest] = splitKey(key);
      const [foundDate, parties] = splitKey(rest);
      const r = stmt.get(gridId, foundDate, parties) as (Row & { id: string }) | undefined;
      return r && { id: r.id, row: r };
    });
    return { existing };
  },

  check({ values: v }) {
    const reasons: string[] = [];
    const grid = v.grid as GridInfo;
    const parties = text(v.parties) ?? '';
    const columns: Row = { grid_id: grid?.id, found_date: v.foundDate, parties, kind: v.kind, summary: text(v.summary) };
    put(columns, v, 'status', 'status', (x) => x ?? 'open');
    put(columns, v, 'mediator', 'mediator');
    put(columns, v, 'result', 'result');
    put(columns, v, 'resolvedDate', 'resolved_date', (x) => x);
    put(columns, v, 'notes', 'notes');
    if (columns.resolved_date && String(columns.resolved_date) < String(columns.found_date)) reasons.push('化解日期早于排查日期');
    return { key: `${grid?.id}|${String(v.foundDate)}|${parties}`, columns, reasons, warnings: [] };
  },

  existing(key, state) {
    return state.existing.get(key);
  },
};
