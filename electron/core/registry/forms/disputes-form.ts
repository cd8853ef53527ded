// 矛盾纠纷排查登记表: the disputes of each grid — the screening register kept in the registry
// plus the cases (事件) of the category 矛盾纠纷 — by date.
import type { CellValue } from '../../../../shared/registry/cell-parse';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../../shared/cases/case-workflow';
import { DISPUTE_KIND_LABELS, DISPUTE_STATUS_LABELS, type DisputeKind, type DisputeStatus } from '../../../../shared/registry/registry-types';
import { formSheet } from '../../io/form-sheet';
import type { SheetSpec } from '../../io/workbook-spec';
import { hasCaseTables } from '../related-cases';
import { byGrid, chineseDate, GAP, SIGNATURE, type FormContext } from './form-context';
import { perGridSheets } from './grid-sheets';

interface Line {
  grid_id: string;
  date: string;
  cells: CellValue[];
}

function ledgerLines(fc: FormContext): Line[] {
  const rows = fc.ctx.core.db
    .prepare(`SELECT grid_id, found_date, parties, kind, summary, status, mediator, result, resolved_date FROM dispute WHERE archived = 0 AND ${fc.inGrids('grid_id')}`)
    .all() as {
    grid_id: string;
    found_date: string;
    parties: string;
    kind: DisputeKind;
    summary: string;
    status: DisputeStatus;
    mediator: string | null;
    result: string | null;
    resolved_date: string | null;
  }[];
  return rows.map((r) => ({
    grid_id: r.grid_id,
    date: r.found_date,
    cells: [r.found_date, r.parties, DISPUTE_KIND_LABELS[r.kind] ?? r.kind, r.summary, DISPUTE_STATUS_LABELS[r.status] ?? r.status, r.mediator, r.result, r.resolved_date, '排查登记'],
  }));
}

const day = (ms: number | null) => (ms === null ? null : new Date(ms + 8 * 3600_000).toISOString().slice(0, 10));

function caseLines(fc: FormContext): Line[] {
  const db = fc.ctx.core.db;
  if (!hasCaseTables(db)) return [];
  const rows = db
    .prepare(
      `SELECT c.grid_id, c.number, c.title, c.description, c.reporter_name, c.status, c.assignee_label, c.result, c.closed_at, c.received_at, sub.name AS sub_name
       FROM case_record c JOIN case_category cat ON cat.id = c.category_id LEFT JOIN case_category sub ON sub.id = c.subcategory_id
       WHERE cat.name = '矛盾纠纷' AND c.grid_id IS NOT NULL AND ${fc.inGrids('c.grid_id')} AND c.status <> 'merged'`,
    )
    .all() as {
    grid_id: string;
    number: string;
    title: string;
    description: string;
    reporter_name: string | null;
    status: CaseStatus;
    assignee_label: string | null;
    result: string | null;
    closed_at: number | null;
    received_at: number;
    sub_name: string | null;
  }[];
  return rows.map((r) => ({
    grid_id: r.grid_id,
    date: day(r.received_at)!,
    cells: [
      day(r.received_at),
      r.reporter_name,
      r.sub_name ?? '矛盾纠纷',
      r.description ? `${r.title}：${r.description}` : r.title,
      CASE_STATUS_LABELS[r.status] ?? r.status,
      r.assignee_label,
      r.result,
      day(r.closed_at),
      `事件${r.number}`,
    ],
  }));
}

export function disputesForm(fc: FormContext): SheetSpec[] {
  const lines = [...ledgerLines(fc), ...caseLines(fc)].sort((a, b) => a.date.localeCompare(b.date));
  return perGridSheets(fc, byGrid(lines), (grid, list, name) =>
    formSheet({
      name,
      title: '矛盾纠纷排查登记表',
      info: `网格：${grid.name}${GAP}填报日期：${chineseDate(fc.today)}${GAP}共${list.length}件`,
      columns: [
        { header: '序号', width: 6, center: true },
        { header: '排查日期', width: 11, center: true },
        { header: '当事人', width: 14 },
        { header: '纠纷类型', width: 10, center: true },
        { header: '简要情况', width: 36 },
        { header: '调处情况', width: 9, center: true },
        { header: '调解人/责任单位', width: 12, center: true },
        { header: '调处结果', width: 22 },
        { header: '化解日期', width: 11, center: true },
        { header: '来源', width: 16, center: true },
      ],
      rows: list.map((l, i) => [i + 1, ...l.cells]),
      footer: SIGNATURE,
      paper: fc.paper,
    }),
  );
}
