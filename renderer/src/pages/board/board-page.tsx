// 指挥大屏: the duty wall display. Full screen, no side navigation, dark blue, live figures.
// No personal data is shown here. Figures refresh through `changed` events; a slow refetch
// is a safety net and keeps the display's session alive.
import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../app/api-error';
import { useLiveStatus } from '../../app/live-status';
import { useSession } from '../../app/session';
import { SyncIndicator } from '../../ui/sync-indicator';
import { DEFAULT_BOARD_PANELS } from '../../../../shared/board/board-panels';
import { BoardClock, formatShanghaiTime } from './board-clock';
import { BoardGrid } from './board-grid';
import { BoardStage } from './board-stage';
import { useBoardCases, useBoardSummary } from './panels/board-data';
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
  const summary = useBoardSummary();
  const cases = useBoardCases();
  const data = summary.data;
  const c = cases.data;

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

        <BoardGrid panels={DEFAULT_BOARD_PANELS} />
        <footer className="tgb-footer">
          {c?.calendarWarning ? (
            <span className="tgb-calendar-warning" data-testid="board-calendar-warning">
              ⚠ {c.calendarWarning}
            </span>
          ) : null}
          {summary.isError || cases.isError ? <span className="tgb-error">数据刷新失败：{errorMessage(summary.error ?? cases.error)}</span> : null}
          <span>数据来源：{data?.townName ?? ''}网格化服务管理中心 · 本屏仅显示统计数据，不含个人信息</span>
        </footer>
      </div>
    </BoardStage>
  );
}
