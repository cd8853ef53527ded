// Columns of the case queue. Only the columns the core can sort on are sortable; sorting
// and paging happen in the database (see case-queue-grid.tsx). 编号, 标题, 状态, 责任单位, 期限
// and 督办 always show; at a narrow window (1366 px) 类型, 来源, 大类/小类 and then 网格 give way
// (column-fit.ts) and the title's tooltip carries them.
import type { ColDef, ICellRendererParams, RowClassParams } from 'ag-grid-community';
import { CASE_SOURCE_LABELS, HANDLING_TYPE_LABELS, RESPONSIBILITY_LEVEL_LABELS, type CaseRow } from '../../../../shared/cases/case-types';
import type { CaseSortField } from '../../../../shared/cases/case-inputs';
import { deadlineState, fmtDeadline, fmtShort } from './case-format';
import { givesWay } from '../../ui/column-fit';
import { DeadlineText, ExtensionTag, StatusTag, SupervisedFlag, UrgencyTag } from './case-tags';

/** Grid column id → the core's sort field. */
export const SORTABLE: Record<string, CaseSortField> = {
  number: 'number',
  receivedAt: 'receivedAt',
  deadlineAt: 'deadlineAt',
  updatedAt: 'updatedAt',
  urgency: 'urgency',
};

type Cell = ICellRendererParams<CaseRow>;

/** What the columns that give way at a narrow window say: the title's tooltip carries it then. */
function titleTooltip(r: CaseRow): string {
  const category = r.subcategoryName ? `${r.categoryName} / ${r.subcategoryName}` : r.categoryName;
  const grid = r.gridName ?? r.villageName;
  return `${r.title}（${[grid, category, CASE_SOURCE_LABELS[r.source], HANDLING_TYPE_LABELS[r.handlingType]].filter(Boolean).join(' · ')}）`;
}

export function caseColumns(opts: { onOpen: (id: string) => void; remaining: (deadlineAt: number) => number | null }): ColDef<CaseRow>[] {
  const { onOpen, remaining } = opts;
  return [
    {
      colId: 'number',
      field: 'number',
      headerName: '编号',
      width: 150,
      sortable: true,
      cellClass: 'tg-num tgc-number-cell',
      tooltipValueGetter: (p) => (p.data ? `登记于 ${fmtShort(p.data.receivedAt)}` : null),
      cellRenderer: (p: Cell) =>
        p.data ? (
          <a
            className="tgc-number"
            data-testid="case-row-number"
            onClick={(e) => {
              e.preventDefault();
              onOpen(p.data!.id);
            }}
            href={`#/cases/${p.data.id}`}
          >
            {p.data.number}
          </a>
        ) : (
          <span className="tg-muted">加载中…</span>
        ),
    },
    {
      colId: 'title',
      field: 'title',
      headerName: '标题',
      flex: 1,
      minWidth: 160,
      cellRenderer: (p: Cell) =>
        p.data ? (
          <span className="tgc-title-cell" data-testid="case-row-title">
            <UrgencyTag urgency={p.data.urgency} />
            {p.data.title}
          </span>
        ) : null,
      tooltipValueGetter: (p) => (p.data ? titleTooltip(p.data) : null),
    },
    {
      colId: 'category',
      headerName: '大类 / 小类',
      width: 146,
      ...givesWay(3),
      tooltipValueGetter: (p) => (p.data ? `${p.data.categoryName}${p.data.subcategoryName ? ` / ${p.data.subcategoryName}` : ''}` : null),
      valueGetter: (p) => (p.data ? (p.data.subcategoryName ? `${p.data.categoryName} / ${p.data.subcategoryName}` : p.data.categoryName) : ''),
    },
    { colId: 'source', headerName: '来源', width: 106, ...givesWay(4), valueGetter: (p) => (p.data ? CASE_SOURCE_LABELS[p.data.source] : '') },
    { colId: 'handlingType', headerName: '类型', width: 66, ...givesWay(5), valueGetter: (p) => (p.data ? HANDLING_TYPE_LABELS[p.data.handlingType] : '') },
    { colId: 'grid', headerName: '网格', width: 124, ...givesWay(2), valueGetter: (p) => p.data?.gridName ?? p.data?.villageName ?? '' },
    {
      colId: 'status',
      headerName: '状态',
      width: 132,
      cellRenderer: (p: Cell) =>
        p.data ? (
          <span>
            <StatusTag status={p.data.status} />
            <ExtensionTag state={p.data.extensionState} short />
          </span>
        ) : null,
    },
    {
      colId: 'assignee',
      headerName: '责任单位',
      width: 112,
      valueGetter: (p) => (p.data ? (p.data.assigneeLabel ?? `${RESPONSIBILITY_LEVEL_LABELS[p.data.level]}（未派遣）`) : ''),
      tooltipValueGetter: (p) => (p.data?.assigneeLabel ?? '') || null,
    },
    {
      colId: 'deadlineAt',
      headerName: '期限',
      width: 200,
      sortable: true,
      tooltipValueGetter: (p) => (p.data ? `期限：${fmtDeadline(p.data.deadlineAt)}` : null),
      cellRenderer: (p: Cell) => {
        const r = p.data;
        if (!r) return null;
        const state = deadlineState(r, r.dueState && r.dueState !== 'overdue' ? remaining(r.deadlineAt) : null);
        return (
          <span className="tgc-deadline-cell">
            <span className="tg-num tgc-deadline-date">{fmtShort(r.deadlineAt)}</span>
            <DeadlineText state={state} />
          </span>
        );
      },
    },
    {
      colId: 'supervised',
      headerName: '督办',
      width: 90,
      cellRenderer: (p: Cell) => (p.data ? <SupervisedFlag supervised={p.data.supervised} urgeCount={p.data.urgeCount} /> : null),
    },
  ];
}

/** Rows that should stand out: overdue and critical in red, due soon and supervised in orange. */
export function caseRowClass(p: RowClassParams<CaseRow>): string | undefined {
  const h = p.data?.highlight;
  return h ? `tgc-row-${h}` : undefined;
}
