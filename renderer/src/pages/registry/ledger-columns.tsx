// Columns of each ledger's table. The server pages and orders the rows (grid code, household,
// name by default); a header click asks the server for another order (LEDGER_SORT_FIELDS),
// the table never sorts one page by itself — that would mislead.
import { Button, Tag } from 'antd';
import type { ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import { isSortField, type LedgerSort, type LedgerSortField } from '../../../../shared/registry/ledger-sort';
import type { LedgerRows } from '../../../../shared/registry/registry-records';
import {
  CARE_TAG_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_STATUS_LABELS,
  FACILITY_CONDITION_LABELS,
  FACILITY_KIND_LABELS,
  GENDER_LABELS,
  HOUSE_STRUCTURE_LABELS,
  HOUSE_USAGE_LABELS,
  ORG_KIND_LABELS,
  RENTAL_USE_LABELS,
  RESIDENCE_TYPE_LABELS,
  SAFETY_GRADE_LABELS,
  SPECIAL_KIND_LABELS,
  SPECIAL_STATUS_LABELS,
  SUPERVISION_LEVEL_LABELS,
  type CareTag,
  type LedgerKind,
  type ResidenceType,
} from '../../../../shared/registry/registry-types';
import { formatNumber } from './format';
import type { RecordKind, RecordTarget } from './ledger-kinds';

type Row = LedgerRows[LedgerKind];
type Col = ColDef<Row>;

const RESIDENCE_COLORS: Record<ResidenceType, string> = { registered: 'blue', floating: 'orange', separated: 'purple', foreign: 'magenta' };
const SAFETY_COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };
const CONDITION_COLORS: Record<string, string> = { good: 'green', damaged: 'red', missing: 'volcano', repairing: 'gold' };
const DISPUTE_COLORS: Record<string, string> = { open: 'orange', resolved: 'green', referred: 'blue' };
const LEVEL_COLORS: Record<string, string> = { strict: 'red', normal: 'orange', loose: 'blue' };

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

function CareTags(p: ICellRendererParams<Row>) {
  const tags = (p.value ?? []) as CareTag[];
  if (tags.length === 0) return <span className="tg-muted">—</span>;
  return (
    <span className="tg-ledger-tags">
      {tags.map((t) => (
        <Tag key={t} color="cyan" variant="filled" className="tg-ledger-tag">
          {CARE_TAG_LABELS[t] ?? t}
        </Tag>
      ))}
    </span>
  );
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

const grid: Col = { field: 'gridName', headerName: '所属网格', width: 170, valueFormatter: dash };

/** The server sort field behind a column, when the ledger can be sorted by it. */
export function sortFieldOf(kind: LedgerKind, colId: string): LedgerSortField<LedgerKind> | undefined {
  const field = colId === 'gridName' ? 'grid' : colId === 'genderAge' ? 'age' : colId;
  return isSortField(kind, field) ? field : undefined;
}

// Rows come sorted from the server: a comparator that finds every pair equal keeps that order.
const keepServerOrder = () => 0;

export function ledgerColumns(kind: LedgerKind, onOpen: (t: RecordTarget) => void, opts: { singleGrid?: boolean; sort?: LedgerSort } = {}): Col[] {
  return columnsOf(kind, onOpen)
    .filter((c) => !(opts.singleGrid && c.field === 'gridName'))
    .map((c) => {
      const field = sortFieldOf(kind, c.colId ?? String(c.field ?? ''));
      if (!field) return c;
      return { ...c, sortable: true, comparator: keepServerOrder, sort: opts.sort?.field === field ? opts.sort.dir : null };
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
    width: 72,
    pinned: 'right',
    cellRenderer: (p: ICellRendererParams<Row>) =>
      p.data ? (
        <Button type="link" size="small" onClick={() => onOpen({ kind: recordKind, id: p.data!.id })}>
          查看
        </Button>
      ) : null,
  });

  switch (kind) {
    case 'person':
      return [
        open('person', '姓名', 'name', 92),
        {
          colId: 'genderAge',
          headerName: '性别/年龄',
          width: 124,
          valueGetter: (p) => {
            const r = p.data as LedgerRows['person'] | undefined;
            return r ? `${r.gender ? GENDER_LABELS[r.gender] : '—'} ${r.age ?? ''}` : '';
          },
        },
        { field: 'citizenId', headerName: '公民身份号码', width: 172, cellClass: 'tg-num' },
        { field: 'phone', headerName: '联系电话', width: 118, valueFormatter: dash, cellClass: 'tg-num' },
        { field: 'residenceType', headerName: '人员类型', width: 96, cellRenderer: tagCell(RESIDENCE_TYPE_LABELS, RESIDENCE_COLORS) },
        { ...grid, width: 146 },
        { field: 'householdNo', headerName: '户号', width: 116, valueFormatter: dash, cellClass: 'tg-num' },
        { field: 'relationToHead', headerName: '关系', width: 64, valueFormatter: dash, headerTooltip: '与户主关系' },
        { field: 'address', headerName: '现住址', minWidth: 206, flex: 1.6, valueFormatter: dash, tooltipField: 'address' as never },
        { field: 'employer', headerName: '工作单位', width: 140, valueFormatter: dash, tooltipField: 'employer' as never },
        { field: 'careTags', headerName: '关爱标签', minWidth: 150, flex: 1, cellRenderer: CareTags },
        action('person'),
      ];
    case 'household':
      return [
        open('household', '户号', 'householdNo', 130),
        { field: 'headName', headerName: '户主', width: 110, valueFormatter: dash },
        { field: 'memberCount', headerName: '人数', width: 80, type: 'rightAligned', cellClass: 'tg-num' },
        { field: 'address', headerName: '地址', minWidth: 260, flex: 1, valueFormatter: dash },
        grid,
        { field: 'notes', headerName: '备注', width: 200, valueFormatter: dash },
        action('household'),
      ];
    case 'house':
      return [
        open('house', '房屋地址', 'address', 220),
        { field: 'buildingName', headerName: '楼栋', width: 90, valueFormatter: dash },
        { field: 'unit', headerName: '单元', width: 80, valueFormatter: dash },
        { field: 'room', headerName: '房号', width: 80, valueFormatter: dash },
        { field: 'areaM2', headerName: '面积(㎡)', width: 96, type: 'rightAligned', valueFormatter: num, cellClass: 'tg-num' },
        { field: 'usage', headerName: '用途', width: 90, valueFormatter: labelOf(HOUSE_USAGE_LABELS) },
        { field: 'structure', headerName: '结构', width: 80, valueFormatter: labelOf(HOUSE_STRUCTURE_LABELS) },
        { field: 'isRental', headerName: '出租', width: 72, cellRenderer: YesNo },
        { field: 'rentalUse', headerName: '出租用途', width: 90, valueFormatter: labelOf(RENTAL_USE_LABELS) },
        { field: 'landlordName', headerName: '房东', width: 90, valueFormatter: dash },
        { field: 'landlordPhone', headerName: '房东电话', width: 126, valueFormatter: dash, cellClass: 'tg-num' },
        { field: 'occupants', headerName: '登记居住', width: 90, type: 'rightAligned', valueFormatter: dash, cellClass: 'tg-num' },
        { field: 'residentCount', headerName: '台账人数', width: 90, type: 'rightAligned', cellClass: 'tg-num' },
        { ...grid, flex: 1, minWidth: 160 },
        action('house'),
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
    case 'organisation':
      return [
        open('organisation', '单位名称', 'name', 200),
        { field: 'kind', headerName: '场所类别', width: 130, valueFormatter: labelOf(ORG_KIND_LABELS) },
        { field: 'address', headerName: '地址', width: 220, valueFormatter: dash },
        { field: 'legalPerson', headerName: '负责人', width: 90, valueFormatter: dash },
        { field: 'phone', headerName: '联系电话', width: 126, valueFormatter: dash, cellClass: 'tg-num' },
        { field: 'employees', headerName: '从业人数', width: 90, type: 'rightAligned', valueFormatter: dash },
        { field: 'areaM2', headerName: '面积(㎡)', width: 96, type: 'rightAligned', valueFormatter: num },
        { field: 'safetyGrade', headerName: '安全等级', width: 140, cellRenderer: tagCell(SAFETY_GRADE_LABELS, SAFETY_COLORS) },
        { field: 'keySupervision', headerName: '重点监管', width: 90, cellRenderer: YesNo },
        { ...grid, flex: 1, minWidth: 160 },
        action('organisation'),
      ];
    case 'facility':
      return [
        open('facility', '部件编码', 'code', 130),
        { field: 'kind', headerName: '部件类型', width: 110, valueFormatter: labelOf(FACILITY_KIND_LABELS) },
        { field: 'name', headerName: '名称', width: 180, valueFormatter: dash },
        { field: 'location', headerName: '位置描述', minWidth: 240, flex: 1, valueFormatter: dash },
        { field: 'condition', headerName: '完好状况', width: 100, cellRenderer: tagCell(FACILITY_CONDITION_LABELS, CONDITION_COLORS) },
        { field: 'custodian', headerName: '管理单位', width: 150, valueFormatter: dash },
        grid,
        action('facility'),
      ];
    case 'special':
      return [
        open('special', '姓名', 'name', 96),
        { field: 'gender', headerName: '性别', width: 64, valueFormatter: labelOf(GENDER_LABELS) },
        { field: 'citizenId', headerName: '公民身份号码', width: 186, cellClass: 'tg-num' },
        { field: 'phone', headerName: '联系电话', width: 126, valueFormatter: dash, cellClass: 'tg-num' },
        { field: 'kind', headerName: '人员类别', width: 150, valueFormatter: labelOf(SPECIAL_KIND_LABELS) },
        { field: 'supervisionLevel', headerName: '管控级别', width: 120, cellRenderer: tagCell(SUPERVISION_LEVEL_LABELS, LEVEL_COLORS) },
        { field: 'status', headerName: '状态', width: 80, valueFormatter: labelOf(SPECIAL_STATUS_LABELS) },
        { field: 'helperName', headerName: '帮扶责任人', width: 100, valueFormatter: dash },
        { field: 'helperPhone', headerName: '责任人电话', width: 126, valueFormatter: dash, cellClass: 'tg-num' },
        { field: 'lastVisitDate', headerName: '最近走访', width: 110, valueFormatter: dash },
        { field: 'visitCount', headerName: '走访次数', width: 90, type: 'rightAligned' },
        { ...grid, flex: 1, minWidth: 160 },
        action('special'),
      ];
    case 'dispute':
      return [
        open('dispute', '排查日期', 'foundDate', 110),
        { field: 'parties', headerName: '当事人', width: 160 },
        { field: 'kind', headerName: '纠纷类型', width: 110, valueFormatter: labelOf(DISPUTE_KIND_LABELS) },
        { field: 'summary', headerName: '简要情况', minWidth: 280, flex: 1, tooltipField: 'summary' as never },
        { field: 'status', headerName: '调处状态', width: 100, cellRenderer: tagCell(DISPUTE_STATUS_LABELS, DISPUTE_COLORS) },
        { field: 'mediator', headerName: '调解人', width: 90, valueFormatter: dash },
        { field: 'resolvedDate', headerName: '化解日期', width: 110, valueFormatter: dash },
        grid,
        action('dispute'),
      ];
  }
}
