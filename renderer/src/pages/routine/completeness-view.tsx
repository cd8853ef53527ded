// 完成情况: workers × working days of a week or a month (✓ / 假 / 缺 with colour, holidays
// and weekends greyed), by village or grid; a cell opens the day's log and the week's summary.
// A missing day shows from the next morning.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Radio, Select, Space, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { CompletenessRow } from '../../../../shared/routine/routine-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { RoutineImportModal } from './routine-import-modal';
import { filterPick, useOrgLookups } from '../cases/case-lookups';
import { DayLogDrawer } from './day-log-drawer';
import { DayMarkCell } from './day-strip';
import { mondayOf, monthRange, plusDays, shortDate, weekdayOf } from './routine-format';

type Span = 'week' | 'month';

function rangeOf(anchor: string, span: Span) {
  return span === 'week' ? { from: mondayOf(anchor), to: plusDays(mondayOf(anchor), 6) } : monthRange(anchor);
}

export function CompletenessView({ today }: { today: string }) {
  const [span, setSpan] = useState<Span>('week');
  const [anchor, setAnchor] = useState(today);
  const [villageId, setVillageId] = useState<string | undefined>();
  const [drill, setDrill] = useState<{ staffId: string; date: string } | null>(null);
  const [importing, setImporting] = useState(false);
  const { can } = useSession();
  const org = useOrgLookups();
  const range = rangeOf(anchor, span);
  const table = useRpcQuery('routine.completeness', { ...range, villageId }, { placeholderData: (prev) => prev });
  const data = table.data;

  const move = (dir: -1 | 1) => {
    if (span === 'week') setAnchor(plusDays(mondayOf(anchor), 7 * dir));
    else {
      const [y, m] = anchor.split('-').map(Number);
      const d = new Date(Date.UTC(y!, m! - 1 + dir, 1));
      setAnchor(d.toISOString().slice(0, 10));
    }
  };

  const columns = useMemo((): ColumnsType<CompletenessRow> => {
    const days = data?.days ?? [];
    return [
      {
        title: '网格员',
        key: 'name',
        fixed: 'left',
        // A month's 31 days, the names and the rates fit a 1366-wide screen without scrolling.
        width: span === 'week' ? 112 : 100,
        render: (_, r) => (
          <div>
            <div className="tgr-name">{r.staffName}</div>
            <div className="tg-muted tgr-grids">{r.grids.map((g) => g.name).join('、')}</div>
          </div>
        ),
      },
      ...days.map((d, i) => ({
        title: (
          <Tooltip title={d.working ? (d.reason === 'makeup' ? `调休上班（${d.holidayName ?? ''}）` : '工作日') : (d.holidayName ?? '周末')}>
            <div className={`tgr-col${d.working ? '' : ' tgr-off'}${d.date === data?.today ? ' tgr-today-col' : ''}`}>
              <div>{span === 'week' ? shortDate(d.date) : Number(d.date.slice(8))}</div>
              <div className="tg-muted">{d.reason === 'makeup' ? '班' : d.reason === 'holiday' ? '休' : weekdayOf(d.date)}</div>
            </div>
          </Tooltip>
        ),
        key: d.date,
        width: span === 'week' ? 64 : 26,
        align: 'center' as const,
        className: d.working ? undefined : 'tgr-off',
        onCell: () => ({ 'data-testid': `cell-${d.date}` }) as object,
        render: (_: unknown, r: CompletenessRow) => <DayMarkCell cell={r.days[i]!} onOpen={(c) => setDrill({ staffId: r.staffId, date: c.date })} />,
      })),
      {
        title: '完成率',
        key: 'rate',
        fixed: 'right',
        width: span === 'week' ? 118 : 100,
        render: (_, r) => (
          <div data-testid={`rate-${r.staffName}`}>
            {/* Nothing due yet (the period has not begun, or only today, still open): no rate. */}
            {r.totals.due === 0 ? <b className="tg-muted">—</b> : <b className={r.totals.missing ? 'tgr-bad' : 'tgr-good'}>{Math.round(r.totals.rate * 100)}%</b>}
            <span className="tg-muted">
              {' '}
              {r.totals.done}/{r.totals.due}
              {r.totals.leave ? ` 假${r.totals.leave}` : ''}
              {r.totals.missing ? ` 缺${r.totals.missing}` : ''} 巡{r.totals.patrolDays}
            </span>
          </div>
        ),
      },
    ];
  }, [data, span]);

  return (
    <div data-testid="completeness" className={span === 'month' ? 'tgr-month' : undefined}>
      <div className="tgr-toolbar">
        <Space wrap>
          <Radio.Group
            optionType="button"
            value={span}
            onChange={(e) => setSpan(e.target.value as Span)}
            options={[
              { value: 'week', label: '按周' },
              { value: 'month', label: '按月' },
            ]}
            data-testid="completeness-span"
          />
          <Button icon={<LeftOutlined />} onClick={() => move(-1)} aria-label="上一期" data-testid="completeness-prev" />
          <span className="tgr-range" data-testid="completeness-range">
            {range.from} 至 {range.to}
          </span>
          <Button icon={<RightOutlined />} onClick={() => move(1)} aria-label="下一期" data-testid="completeness-next" />
          <Button onClick={() => setAnchor(today)}>本期</Button>
          <Select
            allowClear
            placeholder="全部村/社区"
            style={{ width: 180 }}
            options={org.villageOptions}
            showSearch={{ filterOption: filterPick }}
            value={villageId}
            onChange={setVillageId}
            data-testid="completeness-village"
          />
          {can('routine.import') ? (
            <Button onClick={() => setImporting(true)} data-testid="log-import-open">
              导入纸质日志
            </Button>
          ) : null}
        </Space>
        <span className="tg-muted tgr-legend">
          <span className="tgr-mark tgr-mark-done">✓</span> 已提交 <span className="tgr-mark tgr-mark-leave">假</span> 请假（替岗）{' '}
          <span className="tgr-mark tgr-mark-missing">缺</span> 缺日志 <span className="tgr-mark tgr-mark-open">待</span> 今日待填 · 灰色为节假日/周末，“班”为调休上班
        </span>
      </div>
      <Table<CompletenessRow>
        rowKey="staffId"
        size="small"
        bordered
        loading={table.isFetching && !data}
        dataSource={data?.rows ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content', y: 'calc(100vh - 300px)' }}
        locale={{ emptyText: '范围内没有网格员' }}
        data-testid="completeness-table"
      />
      <DayLogDrawer staffId={drill?.staffId ?? null} date={drill?.date ?? null} onClose={() => setDrill(null)} />
      <RoutineImportModal kind="workLog" open={importing} onClose={() => setImporting(false)} onImported={() => void table.refetch()} />
    </div>
  );
}
