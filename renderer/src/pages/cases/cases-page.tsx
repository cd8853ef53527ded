// 事件办理: the queues on the left (each with its live count), the filter bar, the queue
// grid (server-side paging and sorting), bulk actions on the selection and export.
// Keyboard: F2 登记事件, Alt+1…9 switch queue, Enter on a row opens the case.
import { DownloadOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import type { GridApi } from 'ag-grid-community';
import { Button, Dropdown, Space, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { CASE_QUEUE_LABELS, CASE_QUEUES, type CaseFilter, type CaseQueue, type CaseSort } from '../../../../shared/cases/case-inputs';
import type { CaseRow } from '../../../../shared/cases/case-types';
import { useFileJob } from '../../app/use-job';
import { JobProgress } from '../../ui/job-progress';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { BULK_LABELS, BulkActionModal, type BulkKind } from './bulk-action-modal';
import { CaseFilters, isFiltered } from './case-filters';
import { CaseQueueGrid } from './case-queue-grid';
import { CaseQueueNav, NAV_QUEUES } from './case-queue-nav';
import { IntakeLauncher } from './intake-launcher';
import './cases.css';

// The filter survives opening a case and coming back (per tab).
let rememberedFilter: CaseFilter = {};

function isQueue(v: string | null): v is CaseQueue {
  return (CASE_QUEUES as readonly string[]).includes(v ?? '');
}

export function CasesPage() {
  const navigate = useNavigate();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const queueParam = params.get('queue');
  const queue: CaseQueue = isQueue(queueParam) ? queueParam : 'mine';
  // ?conflict=1 (from 数据同步): the cases flagged 冲突待核.
  const [filter, setFilterState] = useState<CaseFilter>(() => (params.get('conflict') === '1' ? (rememberedFilter = { syncConflict: true }) : rememberedFilter));
  const [selected, setSelected] = useState<CaseRow[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [sort, setSort] = useState<CaseSort | undefined>(undefined);
  const [bulk, setBulk] = useState<BulkKind | null>(null);
  const exportJob = useFileJob();
  const [gridApi, setGridApi] = useState<GridApi<CaseRow> | null>(null);

  const setFilter = useCallback((f: CaseFilter) => {
    rememberedFilter = f;
    setFilterState(f);
  }, []);
  const setQueue = useCallback((q: CaseQueue) => setParams({ queue: q }, { replace: false }), [setParams]);

  const counts = useRpcQuery('cases.queueCounts', { filter }, { refetchInterval: 60_000, placeholderData: (prev) => prev });

  const onOpen = useCallback((id: string) => void navigate(`/cases/${id}`), [navigate]);

  // Alt+1…9: switch queue.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.key);
      if (n >= 1 && n <= 9 && NAV_QUEUES[n - 1]) {
        e.preventDefault();
        setQueue(NAV_QUEUES[n - 1]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setQueue]);

  const runExport = (format: 'csv' | 'xlsx') => void exportJob.download('cases.export', { queue, filter, sort, format });

  const canDispatch = can('cases.dispatch');
  const canUrge = can('cases.dispatch') || can('cases.supervise');
  const bulkAllowed: BulkKind[] = [...(canDispatch ? (['accept', 'dispatch'] as const) : []), ...(canUrge ? (['urge'] as const) : [])];

  return (
    <div className="tgc-page" data-testid="cases-page">
      <aside className="tgc-side">
        <IntakeLauncher className="tgc-intake-button" />
        <CaseQueueNav value={queue} counts={counts.data} onChange={setQueue} />
        {isFiltered(filter) ? <div className="tgc-side-note">数量按当前筛选条件统计</div> : null}
      </aside>
      <section className="tgc-main">
        <div className="tgc-head">
          <h2 className="tgc-head-title" data-testid="case-queue-title">
            {CASE_QUEUE_LABELS[queue]}
            <span className="tgc-head-total" data-testid="case-queue-total">
              {total === null ? '' : `共 ${total.toLocaleString('zh-CN')} 件`}
            </span>
          </h2>
          <Space>
            {selected.length > 0 ? (
              <div className="tgc-bulkbar" data-testid="bulk-bar">
                <span>
                  已选 <b>{selected.length}</b> 件
                </span>
                {bulkAllowed.map((k) => (
                  <Button key={k} size="small" type={k === 'accept' ? 'primary' : 'default'} onClick={() => setBulk(k)} data-testid={`bulk-${k}`}>
                    批量{BULK_LABELS[k]}
                  </Button>
                ))}
                <Button size="small" type="link" onClick={() => gridApi?.deselectAll()}>
                  取消选择
                </Button>
              </div>
            ) : (
              <Tooltip title="勾选已加载的全部行">
                <Button size="small" disabled={!gridApi || !total} onClick={() => gridApi?.forEachNode((n) => n.data && n.setSelected(true))} data-testid="select-loaded">
                  全选已加载
                </Button>
              </Tooltip>
            )}
            <Dropdown
              disabled={exportJob.running || !total}
              menu={{
                items: [
                  { key: 'xlsx', icon: <FileExcelOutlined />, label: '导出 Excel（.xlsx）' },
                  { key: 'csv', icon: <FileTextOutlined />, label: '导出 CSV' },
                ],
                onClick: ({ key }) => runExport(key as 'csv' | 'xlsx'),
              }}
            >
              <Button icon={<DownloadOutlined />} loading={exportJob.running} data-testid="case-export">
                导出筛选结果
              </Button>
            </Dropdown>
            {exportJob.running ? <JobProgress compact status={exportJob.status} onCancel={exportJob.cancel} data-testid="case-export-progress" /> : null}
          </Space>
        </div>
        <CaseFilters value={filter} onChange={setFilter} />
        <CaseQueueGrid
          queue={queue}
          filter={filter}
          refreshToken={counts.dataUpdatedAt}
          onOpen={onOpen}
          onSelection={setSelected}
          onTotal={setTotal}
          onSort={setSort}
          onReady={setGridApi}
        />
      </section>
      <BulkActionModal
        kind={bulk}
        rows={selected}
        onClose={() => setBulk(null)}
        onDone={() => {
          setBulk(null);
          gridApi?.deselectAll();
        }}
      />
    </div>
  );
}
