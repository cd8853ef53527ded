// 指挥大屏: the duty wall display. Full screen, no side navigation, dark blue, live figures.
// No personal data is shown here. Figures refresh through `changed` events; a slow refetch
// is a safety net and keeps the display's session alive.
import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../app/api-error';
import { useSession } from '../../app/session';
import { SyncIndicator } from '../../ui/sync-indicator';
import { DEFAULT_BOARD_PANELS } from '../../../../shared/board/board-panels';
import { BoardClock } from './board-clock';
import { BoardGrid } from './board-grid';
import { LiveBadge } from './board-live-badge';
import { useQuietHourReload } from './board-quiet-reload';
import { BoardStage } from './board-stage';
import { BoardAlarm } from './emergency/board-alarm';
import { useFullscreen, useMouseActivity } from './board-window-hooks';
import { useBoardCases, useBoardSummary } from './panels/board-data';
import './board.css';

export function BoardPage({ kiosk }: { kiosk: boolean }) {
  const navigate = useNavigate();
  const session = useSession();
  const fullscreen = useFullscreen();
  const mouseActive = useMouseActivity();
  useQuietHourReload();
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
        <BoardAlarm />
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
