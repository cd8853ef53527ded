// 网格列表: every grid of the town with its size, team and size warning; quick search
// (name, code, village, leader, or pinyin initials), sorting, click through to edit.
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space, Tag } from 'antd';
import type { ColDef, GridApi, ICellRendererParams } from 'ag-grid-community';
import { pinyin } from 'pinyin-pro';
import { useCallback, useMemo, useState } from 'react';
import type { GridRow } from '../../../../shared/api';
import { GRID_TYPE_LABELS } from '../../../../shared/org/org-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { givesWay } from '../../ui/column-fit';
import { DataGrid } from '../../ui/data-grid';

const initialsCache = new Map<string, string>();
function initials(text: string | null): string {
  if (!text) return '';
  let v = initialsCache.get(text);
  if (v === undefined) {
    v = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    initialsCache.set(text, v);
  }
  return v;
}

function withPinyin(value: unknown): string {
  const s = value == null ? '' : String(value);
  return `${s} ${initials(s)}`;
}

function SizeWarning({ value }: { value: string | null }) {
  if (!value) return <span className="tg-muted">正常</span>;
  const high = value.includes('超过');
  return (
    <span className={high ? 'tg-warn-high' : 'tg-warn-low'} data-testid="size-warning">
      {high ? '▲ ' : '▼ '}
      {value}
    </span>
  );
}

const numberCol = (field: keyof GridRow, headerName: string, width = 110): ColDef<GridRow> => ({
  field,
  headerName,
  width,
  type: 'rightAligned',
  // with the type's own class: a cellClass of ours replaces it, and the figures went left
  cellClass: ['tg-num', 'ag-right-aligned-cell'],
  valueFormatter: (p) => (typeof p.value === 'number' ? p.value.toLocaleString('zh-CN') : ''),
});

export function GridList({ onOpen }: { onOpen: (unitId: string) => void }) {
  const grids = useRpcQuery('org.grids', {});
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<number | null>(null);

  const columns = useMemo<ColDef<GridRow>[]>(
    () => [
      { field: 'code', headerName: '编码', width: 140, sort: 'asc', cellClass: 'tg-num' },
      { field: 'name', headerName: '网格名称', flex: 1, minWidth: 140, getQuickFilterText: (p) => withPinyin(p.value) },
      { field: 'villageName', headerName: '所属村/社区', width: 116, getQuickFilterText: (p) => withPinyin(p.value) },
      {
        field: 'gridType',
        headerName: '类型',
        width: 100,
        ...givesWay(4),
        valueFormatter: (p) => (p.value ? GRID_TYPE_LABELS[p.value as keyof typeof GRID_TYPE_LABELS] : '—'),
        getQuickFilterText: (p) => (p.value ? GRID_TYPE_LABELS[p.value as keyof typeof GRID_TYPE_LABELS] : ''),
      },
      numberCol('households', '户数', 80),
      numberCol('populationRegistered', '户籍人口'),
      { ...numberCol('populationFloating', '流动人口'), ...givesWay(2) },
      { ...numberCol('staffCount', '网格员数', 96), ...givesWay(3) },
      { field: 'leaderName', headerName: '网格长', width: 100, valueFormatter: (p) => p.value ?? '未配备', getQuickFilterText: (p) => withPinyin(p.value) },
      {
        field: 'sizeWarning',
        headerName: '规模提示',
        width: 196,
        ...givesWay(1),
        cellRenderer: (p: ICellRendererParams<GridRow, string | null>) => <SizeWarning value={p.value ?? null} />,
        comparator: (a: string | null, b: string | null) => Number(!!a) - Number(!!b),
      },
      {
        colId: 'actions',
        headerName: '操作',
        width: 76,
        sortable: false,
        getQuickFilterText: () => '',
        cellRenderer: (p: ICellRendererParams<GridRow>) => (
          <Button type="link" size="small" onClick={() => p.data && onOpen(p.data.id)} data-testid="grid-row-edit">
            编辑
          </Button>
        ),
      },
    ],
    [onOpen],
  );

  const onModelUpdated = useCallback((e: { api: GridApi<GridRow> }) => setShown(e.api.getDisplayedRowCount()), []);
  const rows = grids.data ?? [];
  const warnings = rows.filter((r) => r.sizeWarning).length;
  const total = rows.length;

  return (
    <div className="tg-grid-list">
      <div className="tg-toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined className="tg-muted" />}
          placeholder="搜索编码、网格名称、村/社区、网格长（支持拼音首字母）"
          style={{ width: 420 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="grid-search"
        />
        <Space size="middle">
          {warnings > 0 ? <Tag color="orange">规模异常 {warnings} 个</Tag> : null}
          <span className="tg-grid-count" data-testid="grid-count">
            {grids.isPending ? '正在加载…' : shown !== null && shown !== total ? `显示 ${shown} 个 / 共 ${total} 个网格` : `共 ${total} 个网格`}
          </span>
        </Space>
      </div>
      <div className="tg-grid-host" data-testid="grid-list">
        <div className="tg-grid-fill">
          <DataGrid<GridRow>
            rowData={rows}
            columnDefs={columns}
            defaultColDef={{ sortable: true, resizable: true, filter: false, suppressHeaderMenuButton: true }}
            getRowId={(p) => p.data.id}
            quickFilterText={search}
            loading={grids.isPending}
            onModelUpdated={onModelUpdated}
            onRowDoubleClicked={(e) => e.data && onOpen(e.data.id)}
            rowHeight={38}
            headerHeight={40}
          />
        </div>
      </div>
    </div>
  );
}
