// 指挥大屏: the duty wall display. Full screen, no side navigation, dark blue, live figures.
// No personal data is shown here. Figures refresh through `changed` events; a slow refetch
// is a safety net and keeps the display's session alive. The page on show follows the
// composed pages, the active playlist and the pins (board-rotation.ts).
import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined, LogoutOutlined, PushpinOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useEffect, type CSSProperties } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../app/api-error';
import { useSession } from '../../app/session';
import { SyncIndicator } from '../../ui/sync-indicator';
import { BOARD_CANVAS_INFO } from '../../../../shared/board/board-layout';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { BoardClock } from './board-clock';
import { BoardGrid } from './board-grid';
import { LiveBadge } from './board-live-badge';
import { BoardPager } from './board-pager';
import { useQuietHourReload } from './board-quiet-reload';
import { useWallRotation } from './board-rotation';
import { BoardStage, STAGE_HEIGHT } from './board-stage';
import { BoardAlarm } from './emergency/board-alarm';
import { useFullscreen, useMouseActivity } from './board-window-hooks';
import { BOARD_REFETCH, useBoardCases, useBoardSummary } from './panels/board-data';
import './board.css';

export function BoardPage({ kiosk }: { kiosk: boolean }) {
  const navigate = useNavigate();
  const session = useSession();
  const fullscreen = useFullscreen();
  const mouseActive = useMouseActivity();
  useQuietHourReload();
  const summary = useBoardSummary();
  const cases = useBoardCases();
  const layouts = useRpcQuery('board.layouts', {}, BOARD_REFETCH);
  const wall = useWallRotation(layouts.data);
  const pin = useRpcMutation('board.pin');
  const canvas = BOARD_CANVAS_INFO[wall.page.canvas];
  const data = summary.data;
  const c = cases.data;
  const deskPinned = wall.mode === 'desk-pin';
  const canPin = session.can('cases.dispatch') && layouts.data !== undefined && layouts.data.pages.some((p) => p.id === wall.page.id);

  useEffect(() => {
    const prev = document.title;
    if (data?.townName) document.title = `${data.townName} 网格化服务管理指挥大屏`;
    return () => {
      document.title = prev;
    };
  }, [data?.townName]);

  return (
    <BoardStage width={canvas.width} height={STAGE_HEIGHT}>
      <div className={mouseActive ? 'tgb-board tgb-board-active' : 'tgb-board'} data-testid="board-page" data-page={wall.page.name}>
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
          {canPin ? (
            <Button
              ghost
              size="small"
              icon={<PushpinOutlined />}
              loading={pin.isPending}
              onClick={() => pin.mutate({ pageId: deskPinned ? null : wall.page.id })}
              data-testid="board-desk-pin"
            >
              {deskPinned ? '取消固定' : '固定到大屏'}
            </Button>
          ) : null}
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

        {wall.intervalSeconds !== null ? (
          <div key={`${wall.page.id}-${wall.index}`} className="tgb-progress" style={{ animationDuration: `${wall.intervalSeconds}s`, '--tgb-progress-steps': Math.max(1, Math.round(wall.intervalSeconds)) } as CSSProperties} />
        ) : null}
        <BoardGrid panels={wall.page.panels} columns={canvas.columns} />
        <BoardAlarm />
        <footer className="tgb-footer">
          <BoardPager rotation={wall} />
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
