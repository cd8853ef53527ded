// 矛盾纠纷排查: grids × half months (上/下半月) of half a year — ✓ screened (with the number of
// disputes found), 缺 a half month over without a screening, 待 the current one — by village;
// a screened cell opens its 排查登记表 and mediations, an unscreened one records it.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { halfMonthShort } from '../../../../shared/routine/half-month';
import type { ScreeningCell, ScreeningRow } from '../../../../shared/routine/screening-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { filterPick, useOrgLookups } from '../cases/case-lookups';
import { monthRange } from './routine-format';
import { ScreeningDrawer } from './screening-drawer';
import { ScreeningForm, type ScreeningTarget } from './screening-form';

const CELL_TEXT: Record<ScreeningCell['mark'], string> = { done: '✓', missing: '缺', open: '待', future: '' };
const CELL_TITLE: Record<ScreeningCell['mark'], string> = { done: '已排查', missing: '缺排查', open: '本期待排查', future: '' };

/** The first day of the month `n` months from the month of `date`. */
function monthStart(date: string, n: number): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1 + n, 1)).toISOString().slice(0, 10);
}

export function ScreeningView({ today }: { today: string }) {
  const { can } = useSession();
  const [anchor, setAnchor] = useState(today);
  const [villageId, setVillageId] = useState<string | undefined>();
  const [openId, setOpenId] = useState<string | null>(null);
  const [target, setTarget] = useState<ScreeningTarget | null>(null);
  const org = useOrgLookups();
  const range = { from: monthStart(anchor, -5), to: monthRange(anchor).to };
  const table = useRpcQuery('routine.screenings', { ...range, villageId }, { placeholderData: (prev) => prev });
  const data = table.data;
  const canWrite = can('routine.screening');
  const grids = useMemo(() => (data?.rows ?? []).map((r) => ({ id: r.gridId, name: r.gridName })), [data]);

  const openCell = (r: ScreeningRow, c: ScreeningCell) => {
    if (c.screeningId) setOpenId(c.screeningId);
    else if (canWrite && c.mark !== 'future') {
      const to = data!.periods.find((p) => p.period === c.period)!.to;
      setTarget({ gridId: r.gridId, date: to < today ? to : today });
    }
  };

  const periods = data?.periods ?? [];
  const columns: ColumnsType<ScreeningRow> = [
    {
      title: '网格',
      key: 'grid',
      fixed: 'left',
      width: 170,
      render: (_, r) => (
        <div>
          <div className="tgr-name">{r.gridName}</div>
          <div className="tg-muted tgr-grids">{r.villageName}</div>
        </div>
      ),
    },
    ...periods.map((p, i) => ({
      title: (
        <Tooltip title={`${p.label}（${p.from} 至 ${p.to}）`}>
          <div className={`tgr-col${p.from <= today && today <= p.to ? ' tgr-today-col' : ''}`}>{halfMonthShort(p.period)}</div>
        </Tooltip>
      ),
      key: p.period,
      width: 58,
      align: 'center' as const,
      onCell: () => ({ 'data-testid': `half-${p.period}` }) as object,
      render: (_: unknown, r: ScreeningRow) => {
        const c = r.cells[i]!;
        const clickable = !!c.screeningId || (canWrite && c.mark !== 'future');
        const title = [CELL_TITLE[c.mark], c.screenDate ? `排查日期 ${c.screenDate}` : '', c.disputes ? `发现纠纷${c.disputes}件` : c.mark === 'done' ? '未发现矛盾纠纷' : '', c.late ? '补录' : '']
          .filter(Boolean)
          .join('，');
        return (
          <Tooltip title={title} mouseEnterDelay={0.3}>
            <button
              type="button"
              className={`tgr-mark tgr-mark-${c.mark}${c.late ? ' tgr-late' : ''}`}
              disabled={!clickable}
              onClick={() => openCell(r, c)}
              data-testid={`screen-${r.gridId}-${c.period}`}
              data-mark={c.mark}
            >
              {CELL_TEXT[c.mark]}
              {c.disputes ? <sup>{c.disputes}</sup> : null}
            </button>
          </Tooltip>
        );
      },
    })),
    {
      title: '完成率',
      key: 'rate',
      fixed: 'right',
      width: 120,
      render: (_, r) => (
        <div data-testid={`screen-rate-${r.gridName}`}>
          <b className={r.totals.missing ? 'tgr-bad' : 'tgr-good'}>{Math.round(r.totals.rate * 100)}%</b>
          <span className="tg-muted">
            {' '}
            {r.totals.done}/{r.totals.due}
            {r.totals.missing ? ` 缺${r.totals.missing}` : ''} 纠纷{r.totals.disputes}
          </span>
        </div>
      ),
    },
  ];

  const missing = (data?.rows ?? []).reduce((n, r) => n + r.totals.missing, 0);

  return (
    <div data-testid="screening-view">
      <div className="tgr-toolbar">
        <Space wrap>
          <Button icon={<LeftOutlined />} onClick={() => setAnchor(monthStart(anchor, -6))} aria-label="上一期" />
          <span className="tgr-range" data-testid="screening-range">
            {range.from.slice(0, 7)} 至 {range.to.slice(0, 7)}
          </span>
          <Button icon={<RightOutlined />} onClick={() => setAnchor(monthStart(anchor, 6))} aria-label="下一期" />
          <Button onClick={() => setAnchor(today)}>本期</Button>
          <Select
            allowClear
            placeholder="全部村/社区"
            style={{ width: 180 }}
            options={org.villageOptions}
            showSearch={{ filterOption: filterPick }}
            value={villageId}
            onChange={setVillageId}
          />
          {missing ? <span className="tgr-bad" data-testid="screening-missing">缺排查 {missing} 个半月</span> : null}
        </Space>
        <Space>
          <span className="tg-muted tgr-legend">
            每半月一排查：<span className="tgr-mark tgr-mark-done">✓</span> 已排查（上标为纠纷件数） <span className="tgr-mark tgr-mark-missing">缺</span> 已过期未排查{' '}
            <span className="tgr-mark tgr-mark-open">待</span> 本期待排查
          </span>
          {canWrite ? (
            <Button type="primary" onClick={() => setTarget({ gridId: null, date: today })} disabled={grids.length === 0} data-testid="screening-new">
              登记排查
            </Button>
          ) : null}
        </Space>
      </div>
      <Table<ScreeningRow>
        rowKey="gridId"
        size="small"
        bordered
        loading={table.isFetching && !data}
        dataSource={data?.rows ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content', y: 'calc(100vh - 300px)' }}
        locale={{ emptyText: '范围内没有网格' }}
        data-testid="screening-table"
      />
      <ScreeningForm target={target} grids={grids} today={today} onClose={() => setTarget(null)} />
      <ScreeningDrawer id={openId} today={today} onClose={() => setOpenId(null)} />
    </div>
  );
}
