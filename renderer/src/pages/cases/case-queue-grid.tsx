// The queue grid: AG Grid's infinite row model asks `cases.queue` for one block of rows at a
// time (sorted, filtered and paged in the database), so a queue of 100,000 cases loads only
// what is on screen. A change anywhere (the live `changed` event refreshes the queue counts)
// refreshes the loaded blocks in place, keeping the scroll position and the selection.
import type { CellKeyDownEvent, GridApi, IDatasource, SortModelItem } from 'ag-grid-community';
import { App } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { CaseFilter, CaseQueue, CaseSort } from '../../../../shared/cases/case-inputs';
import type { CaseRow } from '../../../../shared/cases/case-types';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import { DataGrid } from '../../ui/data-grid';
import { caseColumns, caseRowClass, SORTABLE } from './case-columns';
import { useRemainingWorkingDays } from './use-working-days';

export const PAGE_SIZE = 100;

export function sortFromModel(model: SortModelItem[]): CaseSort | undefined {
  const first = model[0];
  const field = first ? SORTABLE[first.colId] : undefined;
  return first && field ? { field, dir: first.sort } : undefined;
}

interface Props {
  queue: CaseQueue;
  filter: CaseFilter;
  /** Changes whenever the cases changed somewhere: the loaded rows are refreshed. */
  refreshToken: number;
  onOpen: (id: string) => void;
  onSelection: (rows: CaseRow[]) => void;
  onTotal: (total: number | null) => void;
  onSort: (sort: CaseSort | undefined) => void;
  onReady: (api: GridApi<CaseRow> | null) => void;
}

export function CaseQueueGrid({ queue, filter, refreshToken, onOpen, onSelection, onTotal, onSort, onReady }: Props) {
  const { message } = App.useApp();
  const api = useRef<GridApi<CaseRow> | null>(null);
  const remaining = useRemainingWorkingDays();
  const columns = useMemo(() => caseColumns({ onOpen, remaining }), [onOpen, remaining]);
  const filterKey = JSON.stringify(filter);

  // Callbacks read through a ref so a new datasource is only made when the queue or filter changes.
  const cb = useRef({ onTotal, message });
  useEffect(() => {
    cb.current = { onTotal, message };
  });

  const datasource = useMemo<IDatasource>(() => {
    const parsedFilter = JSON.parse(filterKey) as CaseFilter;
    return {
      getRows: (params) => {
        const limit = params.endRow - params.startRow;
        invoke('cases.queue', { queue, filter: parsedFilter, sort: sortFromModel(params.sortModel), offset: params.startRow, limit })
          .then((page) => {
            params.successCallback(page.rows, page.total);
            cb.current.onTotal(page.total);
          })
          .catch((err: unknown) => {
            params.failCallback();
            void cb.current.message.error({ content: errorMessage(err), key: 'case-queue' });
          });
      },
    };
  }, [queue, filterKey]);

  useEffect(() => {
    onTotal(null);
    api.current?.deselectAll();
  }, [queue, filterKey, onTotal]);

  const firstRefresh = useRef(true);
  useEffect(() => {
    if (firstRefresh.current) {
      firstRefresh.current = false;
      return;
    }
    api.current?.refreshInfiniteCache();
  }, [refreshToken]);

  const onKey = (e: CellKeyDownEvent<CaseRow>) => {
    const key = (e.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && e.data) onOpen(e.data.id);
  };

  return (
    <div className="tgc-grid" data-testid="case-grid">
      <DataGrid<CaseRow>
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={PAGE_SIZE}
        maxBlocksInCache={20}
        infiniteInitialRowCount={20}
        columnDefs={columns}
        defaultColDef={{ sortable: false, resizable: true, suppressHeaderMenuButton: true }}
        getRowId={(p) => p.data.id}
        getRowClass={caseRowClass}
        rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false }}
        selectionColumnDef={{ width: 44, pinned: 'left' }}
        rowHeight={40}
        headerHeight={40}
        tooltipShowDelay={600}
        onGridReady={(e) => {
          api.current = e.api;
          onReady(e.api);
        }}
        onGridPreDestroyed={() => {
          api.current = null;
          onReady(null);
        }}
        onSelectionChanged={(e) => onSelection(e.api.getSelectedRows())}
        onSortChanged={(e) => onSort(sortFromModel(e.api.getColumnState().filter((c) => c.sort).map((c) => ({ colId: c.colId, sort: c.sort! }))))}
        onRowDoubleClicked={(e) => e.data && onOpen(e.data.id)}
        onCellKeyDown={onKey}
        overlayNoRowsTemplate='<span class="tg-muted">该队列暂无事件</span>'
      />
    </div>
  );
}
