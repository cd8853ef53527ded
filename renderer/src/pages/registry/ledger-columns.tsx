// Columns of each ledger's table. The server pages and orders the rows (grid code, household,
// name by default); a header click asks the server for another order (LEDGER_SORT_FIELDS),
// the table never sorts one page by itself — that would mislead.
import { Button, Tag } from 'antd';
import type { ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import { isSortField, type LedgerSort, type LedgerSortField } from '../../../../shared/registry/ledger-sort';
import type { LedgerRows } from '../../../../shared/registry/registry-records';
import { LEDGER_FIELDS, type LedgerField } from '../../../../shared/registry/fields';
import { GENDER_LABELS, type ImportKind, type LedgerKind } from '../../../../shared/registry/registry-types';
import { givesWay } from '../../ui/column-fit';
import { formatNumber } from './format';
import { KEY_COLUMNS } from './ledger-key-columns';
import type { RecordKind, RecordTarget } from './ledger-kinds';

type Row = LedgerRows[LedgerKind];
type Col = ColDef<Row>;

function labelOf(labels: Readonly<Record<string, string>>) {
  return (p: ValueFormatterParams<Row>) => (p.value ? (labels[String(p.value)] ?? String(p.value)) : '—');
}
const dash = (p: ValueFormatterParams<Row>) => (p.value === null || p.value === undefined || p.value === '' ? '—' : String(p.value));
const num = (p: ValueFormatterParams<Row>) => (typeof p.value === 'number' ? formatNumber(p.value, 1) : '—');

function tagCell(labels: Readonly<Record<string, string>>, colors: Readonly<Record<string, string>>) {
  function TagCell(p: ICellRendererParams<Row>) {
    if (!p.value) return <span className="tg-muted">—</span>;
    const v = String(p.value);
    return (
      <Tag color={colors[v]} variant="filled" className="tg-ledger-tag">
        {labels[v] ?? v}
      </Tag>
    );
  }
  return TagCell;
}

function tagList(labels: Readonly<Record<string, string>>) {
  function TagList(p: ICellRendererParams<Row>) {
    const tags = (p.value ?? []) as string[];
    if (tags.length === 0) return <span className="tg-muted">—</span>;
    return (
      <span className="tg-ledger-tags">
        {tags.map((t) => (
          <Tag key={t} color="cyan" variant="filled" className="tg-ledger-tag">
            {labels[t] ?? t}
          </Tag>
        ))}
      </span>
    );
  }
  return TagList;
}

function tagsText(labels: Readonly<Record<string, string>>) {
  return (p: ValueFormatterParams<Row>) => ((p.value ?? []) as string[]).map((t) => labels[t] ?? t).join('、');
}

function YesNo(p: ICellRendererParams<Row>) {
  return p.value ? (
    <Tag color="orange" variant="filled" className="tg-ledger-tag">
      是
    </Tag>
  ) : (
    <span className="tg-muted">否</span>
  );
}

/** Figures: right-aligned (the type's class, which a cellClass of ours would replace) in tabular digits. */
const RIGHT_NUM = ['tg-num', 'ag-right-aligned-cell'];

const grid: Col = { field: 'gridName', headerName: '所属网格', width: 170, valueFormatter: dash };

/** A grid column from a field's definition (shared/registry/fields): header, width, how values show. */
function fieldColumn(f: LedgerField): Col {
  const g = f.grid ?? {};
  const field = f.record ?? f.key;
  const col: Col = {
    field: field as never,
    headerName: g.header ?? f.label,
    headerTooltip: g.header ? f.label : undefined,
    width: g.width,
    minWidth: g.minWidth,
    flex: g.flex,
    tooltipField: g.tooltip ? (field as never) : undefined,
  };
  switch (f.type) {
    case 'enum':
      return g.colors ? { ...col, cellRenderer: tagCell(f.enum!.labels, g.colors) } : { ...col, valueFormatter: labelOf(f.enum!.labels) };
    case 'gender':
      return { ...col, valueFormatter: labelOf(GENDER_LABELS) };
    case 'tags':
      // The value is a list: its text (copy, tooltips) is the labels joined; AG Grid warns (#48) on a list without one.
      return { ...col, cellRenderer: tagList(f.enum!.labels), valueFormatter: tagsText(f.enum!.labels) };
    case 'bool':
      return { ...col, cellRenderer: YesNo };
    case 'decimal':
      return { ...col, type: 'rightAligned', valueFormatter: num, cellClass: RIGHT_NUM };
    case 'int':
      return { ...col, type: 'rightAligned', valueFormatter: dash, cellClass: RIGHT_NUM };
    case 'citizenId':
    case 'phone':
      return { ...col, valueFormatter: dash, cellClass: 'tg-num' };
    default:
      return { ...col, valueFormatter: dash };
  }
}

/** The server sort field behind a column, when the ledger can be sorted by it. */
export function sortFieldOf(kind: LedgerKind, colId: string): LedgerSortField<LedgerKind> | undefined {
  const field = colId === 'gridName' ? 'grid' : colId === 'genderAge' ? 'age' : colId;
  return isSortField(kind, field) ? field : undefined;
}

// Rows come sorted from the server: a comparator that finds every pair equal keeps that order.
const keepServerOrder = () => 0;

export function ledgerColumns(kind: LedgerKind, onOpen: (t: RecordTarget) => void, opts: { singleGrid?: boolean; sort?: LedgerSort } = {}): Col[] {
  const keys = new Set([...KEY_COLUMNS[kind], 'actions']);
  return columnsOf(kind, onOpen)
    .filter((c) => !(opts.singleGrid && c.field === 'gridName'))
    .map((c) => {
      const id = c.colId ?? String(c.field ?? '');
      const fitted = keys.has(id) ? c : { ...c, ...givesWay(1) };
      const field = sortFieldOf(kind, id);
      if (!field) return fitted;
      return { ...fitted, sortable: true, comparator: keepServerOrder, sort: opts.sort?.field === field ? opts.sort.dir : null };
    });
}

function columnsOf(kind: LedgerKind, onOpen: (t: RecordTarget) => void): Col[] {
  const open = (recordKind: RecordKind, headerName: string, field: string, width: number, pinned = true): Col => ({
    field: field as never,
    headerName,
    width,
    pinned: pinned ? 'left' : undefined,
    cellRenderer: (p: ICellRendererParams<Row>) =>
      p.data ? (
        <a className="tg-ledger-link" onClick={() => onOpen({ kind: recordKind, id: p.data!.id })} data-testid="ledger-open">
          {p.value ? String(p.value) : '（未填）'}
        </a>
      ) : null,
  });
  const action = (recordKind: RecordKind): Col => ({
    colId: 'actions',
    headerName: '操作',
    width: 64,
    pinned: 'right',
    cellRenderer: (p: ICellRendererParams<Row>) =>
      p.data ? (
        <Button type="link" size="small" onClick={() => onOpen({ kind: recordKind, id: p.data!.id })}>
          查看
        </Button>
      ) : null,
  });

  /** Columns a ledger's grid shows besides its fields. */
  const extra: Record<string, Col> = {
    genderAge: {
      colId: 'genderAge',
      headerName: '性别/年龄',
      width: 96,
      valueGetter: (p) => {
        const r = p.data as LedgerRows['person'] | undefined;
        return r ? `${r.gender ? GENDER_LABELS[r.gender] : '—'} ${r.age ?? ''}` : '';
      },
    },
    residentCount: { field: 'residentCount', headerName: '台账人数', width: 90, type: 'rightAligned', cellClass: RIGHT_NUM },
    lastVisitDate: { field: 'lastVisitDate', headerName: '最近走访', width: 110, valueFormatter: dash },
    visitCount: { field: 'visitCount', headerName: '走访次数', width: 90, type: 'rightAligned' },
  };
  /** The field-defined ledgers: columns in the definitions' grid order; the first opens the record. */
  const fromFields = (k: ImportKind): Col[] => {
    const set = LEDGER_FIELDS[k];
    const cols = set.gridOrder.map((key, i) => {
      const f = set.fields.find((x) => x.key === key);
      if (!f) return extra[key]!;
      const col = fieldColumn(f);
      return i === 0 ? { ...col, ...open(k, col.headerName ?? f.label, String(col.field), col.width ?? 120) } : col;
    });
    return [...cols, action(k)];
  };

  switch (kind) {
    case 'household':
      return [
        open('household', '户号', 'householdNo', 130),
        { field: 'headName', headerName: '户主', width: 110, valueFormatter: dash },
        { field: 'memberCount', headerName: '人数', width: 80, type: 'rightAligned', cellClass: RIGHT_NUM },
        { field: 'address', headerName: '地址', minWidth: 260, flex: 1, valueFormatter: dash },
        grid,
        { field: 'notes', headerName: '备注', width: 200, valueFormatter: dash },
        action('household'),
      ];
    case 'building':
      return [
        open('building', '楼栋名称', 'name', 160),
        { field: 'address', headerName: '地址', minWidth: 260, flex: 1, valueFormatter: dash },
        { field: 'floors', headerName: '层数', width: 80, type: 'rightAligned', valueFormatter: dash },
        { field: 'houseCount', headerName: '房屋数', width: 90, type: 'rightAligned' },
        grid,
        { field: 'notes', headerName: '备注', width: 200, valueFormatter: dash },
      ];
    default:
      return fromFields(kind);
  }
}
