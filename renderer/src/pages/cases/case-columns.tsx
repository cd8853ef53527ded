// Columns of the case queue. Only the columns the core can sort on are sortable; sorting
// and paging happen in the database (see case-queue-grid.tsx).
import type { ColDef, ICellRendererParams, RowClassParams } from 'ag-grid-community';
import { CASE_SOURCE_LABELS, HANDLING_TYPE_LABELS, RESPONSIBILITY_LEVEL_LABELS, type CaseRow } from '../../../../shared/cases/case-types';
import type { CaseSortField } from '../../../../shared/cases/case-inputs';
import { deadlineState, fmtDeadline, fmtShort } from './case-format';
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

export function caseColumns(opts: { onOpen: (id: string) => void; remaining: (deadlineAt: number) => number | null }): ColDef<CaseRow>[] {
  const { onOpen, remaining } = opts;
  return [
    {
      colId: 'number',
      field: 'number',
      headerName: '编号',
      width: 158,
      sortable: true,
      cellClass: 'tg-num',
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
      minWidth: 190,
      cellRenderer: (p: Cell) =>
        p.data ? (
          <span className="tgc-title-cell" data-testid="case-row-title">
            <UrgencyTag urgency={p.data.urgency} />
            {p.data.title}
          </span>
        ) : null,
      tooltipField: 'title',
    },
    {
      colId: 'category',
      headerName: '大类 / 小类',
      width: 146,
      tooltipValueGetter: (p) => (p.data ? `${p.data.categoryName}${p.data.subcategoryName ? ` / ${p.data.subcategoryName}` : ''}` : null),
      valueGetter: (p) => (p.data ? (p.data.subcategoryName ? `${p.data.categoryName} / ${p.data.subcategoryName}` : p.data.categoryName) : ''),
    },
    { colId: 'source', headerName: '来源', width: 106, valueGetter: (p) => (p.data ? CASE_SOURCE_LABELS[p.data.source] : '') },
    { colId: 'handlingType', headerName: '类型', width: 66, valueGetter: (p) => (p.data ? HANDLING_TYPE_LABELS[p.data.handlingType] : '') },
    { colId: 'grid', headerName: '网格', width: 124, valueGetter: (p) => p.data?.gridName ?? p.data?.villageName ?? '' },
    {
      colId: 'status',
      headerName: '状态',
      width: 140,
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
      width: 196,
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
      width: 100,
      cellRenderer: (p: Cell) => (p.data ? <SupervisedFlag supervised={p.data.supervised} urgeCount={p.data.urgeCount} /> : null),
    },
  ];
}

/** Rows that should stand out: overdue and critical in red, due soon and supervised in orange. */
export function caseRowClass(p: RowClassParams<CaseRow>): string | undefined {
  const h = p.data?.highlight;
  return h ? `tgc-row-${h}` : undefined;
}
