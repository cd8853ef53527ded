// 指挥大屏: the duty wall display. Full screen, no side navigation, dark blue, live figures.
// No personal data is shown here. Figures refresh through `changed` events; a slow refetch
// is a safety net and keeps the display's session alive.
import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../app/api-error';
import { useLiveStatus } from '../../app/live-status';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { Chart } from '../../ui/chart';
import { SyncIndicator } from '../../ui/sync-indicator';
import { categoryOption, trendOption, villageCasesOption } from './board-case-charts';
import { BoardCaseAlerts, BoardCaseCounters, BoardCaseTicker } from './board-case-panels';
import { BoardClock, formatShanghaiTime } from './board-clock';
import { BoardCounters } from './board-counters';
import { BoardStage } from './board-stage';
import './board.css';

function useFullscreen() {
  const [on, setOn] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const h = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', h);
    return () => document.removeEventListener('fullscreenchange', h);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return { on, toggle };
}

/** Tools and cursor show while the mouse moves and hide after a few idle seconds (wall display). */
function useMouseActivity(idleMs = 3000) {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      setActive(true);
      clearTimeout(timer);
      timer = setTimeout(() => setActive(false), idleMs);
    };
    window.addEventListener('mousemove', onMove);
    return () => {
      window.removeEventListener('mousemove', onMove);
      clearTimeout(timer);
    };
  }, [idleMs]);
  return active;
}

function LiveBadge({ updatedAt }: { updatedAt: string | null }) {
  const status = useLiveStatus();
  const live = status === 'live';
  return (
    <div className={`tgb-live ${live ? 'tgb-live-on' : 'tgb-live-off'}`} data-testid="board-live">
      <span className="tgb-live-dot" />
      {live ? '实时联动' : status === 'connecting' ? '正在连接…' : '连接中断，正在重连…'}
      {updatedAt ? <span className="tgb-live-time">数据更新于 {formatShanghaiTime(new Date(updatedAt))}</span> : null}
    </div>
  );
}

export function BoardPage({ kiosk }: { kiosk: boolean }) {
  const navigate = useNavigate();
  const session = useSession();
  const fullscreen = useFullscreen();
  const mouseActive = useMouseActivity();
  const summary = useRpcQuery('board.summary', {}, { refetchInterval: 60_000, refetchIntervalInBackground: true, silent: true });
  const cases = useRpcQuery('board.cases', {}, { refetchInterval: 60_000, refetchIntervalInBackground: true, silent: true });
  const data = summary.data;
  const c = cases.data;

  const trend = useMemo(() => (c ? trendOption(c) : null), [c]);
  const villages = useMemo(() => (c ? villageCasesOption(c) : null), [c]);
  const categories = useMemo(() => (c ? categoryOption(c) : null), [c]);

  useEffect(() => {
    const prev = document.title;
    if (data?.townName) document.title = `${data.townName} 网格化服务管理指挥大屏`;
    return () => {
      document.title = prev;
    };
  }, [data?.townName]);

  return (
    <BoardStage>
      <div className={mouseActive ? 'tgb-board tgb-board-active' : 'tgb-board'} data-testid="board-page">
        <header className="tgb-header">
          <div className="tgb-status">
            <LiveBadge updatedAt={data?.generatedAt ?? null} />
            <SyncIndicator variant="board" />
          </div>
          <h1 className="tgb-title" data-testid="board-title">
            {data ? `${data.townName} 网格化服务管理指挥大屏` : '网格化服务管理指挥大屏'}
          </h1>
          <BoardClock />
        </header>

        <div className="tgb-tools">
          {kiosk ? null : (
            <Button ghost size="small" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/workbench')} data-testid="board-back">
              返回工作台
            </Button>
          )}
          <Button ghost size="small" icon={fullscreen.on ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={fullscreen.toggle}>
            {fullscreen.on ? '退出全屏' : '全屏显示'}
          </Button>
          {kiosk ? (
            <Popconfirm title="确定退出大屏账号吗？" okText="退出" cancelText="取消" onConfirm={() => void session.signOut()}>
              <Button ghost size="small" icon={<LogoutOutlined />}>
                退出登录
              </Button>
            </Popconfirm>
          ) : null}
        </div>

        {!data ? (
          <div className="tgb-waiting">
            {summary.isError ? <div className="tgb-error">{errorMessage(summary.error)}，正在重试…</div> : <Spin size="large" />}
          </div>
        ) : (
          <>
            <BoardCounters summary={data} />
            {c ? <BoardCaseCounters cases={c} /> : <section className="tgb-case-counters" />}
            <section className="tgb-main">
              <div className="tgb-col">
                <div className="tgb-panel">
                  <div className="tgb-panel-title">近14日事件新增与办结</div>
                  <div className="tgb-panel-body">{trend ? <Chart option={trend} testId="board-chart-trend" /> : <Spin />}</div>
                </div>
                <div className="tgb-panel">
                  <div className="tgb-panel-title">各村（社区）在办与超期事件</div>
                  <div className="tgb-panel-body">
                    {c && !c.byVillage.length ? <div className="tgb-empty">暂无村（社区）数据</div> : villages ? <Chart option={villages} testId="board-chart-villages" /> : <Spin />}
                  </div>
                </div>
              </div>
              <div className="tgb-panel">
                <div className="tgb-panel-title">各类事件在办与超期</div>
                <div className="tgb-panel-body">
                  {c && !c.byCategory.some((x) => x.open > 0) ? <div className="tgb-empty">当前没有在办事件</div> : categories ? <Chart option={categories} testId="board-chart-categories" /> : <Spin />}
                </div>
              </div>
              <div className="tgb-col tgb-col-list">
                {c ? <BoardCaseAlerts cases={c} /> : null}
                <div className="tgb-panel tgb-panel-fill">
                  <div className="tgb-panel-title">超期与督办事件</div>
                  <div className="tgb-panel-body">{c ? <BoardCaseTicker cases={c} /> : <Spin />}</div>
                </div>
              </div>
            </section>
            <footer className="tgb-footer">
              {c?.calendarWarning ? (
                <span className="tgb-calendar-warning" data-testid="board-calendar-warning">
                  ⚠ {c.calendarWarning}
                </span>
              ) : null}
              {summary.isError || cases.isError ? <span className="tgb-error">数据刷新失败：{errorMessage(summary.error ?? cases.error)}</span> : null}
              <span>数据来源：{data.townName}网格化服务管理中心 · 本屏仅显示统计数据，不含个人信息</span>
            </footer>
          </>
        )}
      </div>
    </BoardStage>
  );
}
