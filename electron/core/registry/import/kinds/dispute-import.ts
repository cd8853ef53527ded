// Importing the dispute screening register (矛盾纠纷排查): matched by grid + date + parties.
import { IMPORT_SPECS } from '../../../../../shared/registry/import-fields';
import type { Row } from '../../../db/change-writer';
import type { GridInfo } from '../../unit-scope';
import type { ImportAdapter } from '../import-adapter';
import { put, text } from './compare';

const COLUMNS = ['grid_id', 'found_date', 'parties', 'kind', 'summary', 'status', 'mediator', 'result', 'resolved_date', 'notes'] as const;

export interface DisputeState {
  existing: Map<string, { id: string; row: Row }>;
}

export const disputeImport: ImportAdapter<DisputeState> = {
  spec: IMPORT_SPECS.dispute,
  table: 'dispute',
  keyLabel: '排查日期与当事人',

  load({ db }) {
    const existing = new Map<string, { id: string; row: Row }>();
    for (const r of db.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM dispute WHERE archived = 0`).all() as (Row & { id: string })[]) {
      existing.set(`${r.grid_id}|${r.found_date}|${r.parties}`, { id: r.id, row: r });
    }
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
