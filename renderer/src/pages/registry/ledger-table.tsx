// One ledger as a table: the server filters, searches, sorts (header click) and pages (a
// 40,000-row ledger never comes to the browser whole); the table shows one page and the count.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Pagination } from 'antd';
import type { SortChangedEvent } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import type { LedgerSort } from '../../../../shared/registry/ledger-sort';
import type { LedgerKind } from '../../../../shared/registry/registry-types';
import type { ApiError } from '../../app/api-error';
import { errorMessage } from '../../app/api-error';
import { DataGrid } from '../../ui/data-grid';
import { ledgerColumns, sortFieldOf } from './ledger-columns';
import { fetchLedger, ledgerInput, ledgerTab, type AnyFilter, type RecordTarget } from './ledger-kinds';

export const PAGE_SIZES = [50, 100, 200, 500];

interface Props {
  kind: LedgerKind;
  filter: AnyFilter;
  reveal: boolean;
  onOpen: (t: RecordTarget) => void;
  /** Reports the count of all matching rows (and whether IDs/phones are masked). */
  onTotal?: (total: number | null, masked: boolean) => void;
  /** One grid's book: the grid column says nothing then. */
  singleGrid?: boolean;
}

export function LedgerTable({ kind, filter, reveal, onOpen, onTotal, singleGrid }: Props) {
  const [pageState, setPageState] = useState({ key: '', page: 1 });
  const [pageSize, setPageSize] = useState(100);
  // A header click sorts on the server; each ledger keeps its own choice.
  const [sorts, setSorts] = useState<Partial<Record<LedgerKind, LedgerSort>>>({});
  const sort = sorts[kind];
  // Back to page 1 whenever the filter or the order changes.
  const filterKey = JSON.stringify([kind, filter, pageSize, sort]);
  const page = pageState.key === filterKey ? pageState.page : 1;
  const input = useMemo(() => ledgerInput(filter, { offset: (page - 1) * pageSize, limit: pageSize, reveal, sort }), [filter, page, pageSize, reveal, sort]);
  const method = ledgerTab(kind).method;
  const query = useQuery({
    queryKey: [method, input],
    queryFn: () => fetchLedger(kind, input),
    placeholderData: keepPreviousData,
  });
  const columns = useMemo(() => ledgerColumns(kind, onOpen, { singleGrid, sort }), [kind, onOpen, singleGrid, sort]);
  const onSortChanged = (e: SortChangedEvent) => {
    if (e.source !== 'uiColumnSorted') return; // our own column update, not a click
    const col = e.api.getColumnState().find((c) => c.sort);
    const field = col ? sortFieldOf(kind, col.colId) : undefined;
    setSorts((s) => ({ ...s, [kind]: field && col?.sort ? { field, dir: col.sort } : undefined }));
  };
  const total = query.data?.total ?? null;
  const masked = query.data?.masked ?? true;
  // A broad search over a wide scope is counted only so far (the core's ListResult.more).
  const more = query.data?.more === true;
  const settled = !query.isPlaceholderData;
  useEffect(() => {
    if (settled) onTotal?.(total, masked);
  }, [onTotal, total, masked, settled]);

  return (
    <div className="tg-ledger-table">
      {query.error ? <Alert type="error" showIcon title={errorMessage(query.error as ApiError)} className="tg-ledger-error" /> : null}
      <div className="tg-grid-host" data-testid="ledger-grid">
        <div className="tg-grid-fill">
          {/* One grid per ledger: columns of the same name (地址) keep no width or flex from another ledger. */}
          <DataGrid
            key={kind}
            rowData={query.data?.rows ?? []}
            columnDefs={columns}
            defaultColDef={{ sortable: false, resizable: true, suppressHeaderMenuButton: true, suppressMovable: true }}
            getRowId={(p) => p.data.id}
            loading={query.isPending || (query.isFetching && query.isPlaceholderData)}
            onSortChanged={onSortChanged}
            onRowDoubleClicked={(e) => e.data && onOpen({ kind: kind === 'building' ? 'building' : kind, id: e.data.id })}
            rowHeight={36}
            headerHeight={38}
            tooltipShowDelay={400}
            overlayNoRowsTemplate='<span class="tg-muted">没有符合条件的记录</span>'
          />
        </div>
      </div>
      <div className="tg-ledger-pager">
        {/* data-settled: the count is the answer for the filter shown (data-search), not the previous one's. */}
        <span className="tg-ledger-total" data-testid="ledger-total" data-settled={settled && total !== null ? 'yes' : 'no'} data-search={filter.search ?? ''}>
          {total === null ? '正在加载…' : more ? `超过 ${total.toLocaleString('zh-CN')} 条，请输入更多文字缩小范围` : `共 ${total.toLocaleString('zh-CN')} 条`}
        </span>
        <Pagination
          current={page}
          pageSize={pageSize}
          total={total ?? 0}
          showSizeChanger
          pageSizeOptions={PAGE_SIZES}
          showQuickJumper
          onChange={(p, size) => {
            if (size !== pageSize) setPageSize(size);
            setPageState({ key: JSON.stringify([kind, filter, size, sort]), page: size !== pageSize ? 1 : p });
          }}
          data-testid="ledger-pager"
        />
      </div>
    </div>
  );
}
