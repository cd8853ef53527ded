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
import { gridsOption, populationOption, sizeHealthOption } from './board-charts';
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
  const data = summary.data;

  const population = useMemo(() => (data ? populationOption(data) : null), [data]);
  const grids = useMemo(() => (data ? gridsOption(data) : null), [data]);
  const health = useMemo(() => (data ? sizeHealthOption(data) : null), [data]);

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
          <LiveBadge updatedAt={data?.generatedAt ?? null} />
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
            <section className="tgb-main">
              <div className="tgb-panel tgb-panel-wide">
                <div className="tgb-panel-title">各村（社区）人口分布</div>
                <div className="tgb-panel-body">
                  {data.byVillage.length ? <Chart option={population!} testId="board-chart-population" /> : <div className="tgb-empty">暂无村（社区）数据</div>}
                </div>
              </div>
              <div className="tgb-side">
                <div className="tgb-panel">
                  <div className="tgb-panel-title">各村（社区）网格数</div>
                  <div className="tgb-panel-body">
                    {data.byVillage.length ? <Chart option={grids!} testId="board-chart-grids" /> : <div className="tgb-empty">暂无网格数据</div>}
                  </div>
                </div>
                <div className="tgb-panel">
                  <div className="tgb-panel-title">网格规模达标情况</div>
                  <div className="tgb-panel-body">
                    <Chart option={health!} testId="board-chart-size" />
                  </div>
                </div>
              </div>
            </section>
            <footer className="tgb-footer">
              {summary.isError ? <span className="tgb-error">数据刷新失败：{errorMessage(summary.error)}</span> : null}
              <span>数据来源：{data.townName}网格化服务管理中心 · 本屏仅显示统计数据，不含个人信息</span>
            </footer>
          </>
        )}
      </div>
    </BoardStage>
  );
}
