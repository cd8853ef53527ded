// 放映 (audience window): the slide on show, full screen on a 1920×1080 stage scaled to the
// projector with letterbox. It follows the presentation moved from any window; its keys move it
// too. P (or the button) opens the presenter view in another window; Esc leaves.
import { Button, Result, Spin } from 'antd';
import { useParams } from 'react-router';
import { BoardStage } from '../board/board-stage';
import '../board/board.css';
import { ItemTimer } from './item-timer';
import { openPresenterView, useLeavePresentation } from './presenter-windows';
import './presenter.css';
import { SlideView } from './slide-view';
import { useNow } from './slide-timer';
import { usePresentation } from './use-presentation';
import { useSlideKeys } from './use-slide-keys';

export function AudiencePage() {
  const meetingId = useParams().meetingId ?? '';
  const p = usePresentation(meetingId);
  const leave = useLeavePresentation(meetingId);
  const typed = useSlideKeys({ index: p.index, count: p.slides.length, go: p.go, leave, openPresenter: () => openPresenterView(meetingId) });
  const now = useNow();
  const item = p.slide?.itemId ? p.detail?.items.find((i) => i.id === p.slide!.itemId) : undefined;

  return (
    <BoardStage>
      <div className="tgp-screen" data-testid="audience">
        {p.error ? (
          <Result status="warning" className="tgp-result" title={p.error} extra={<Button onClick={leave}>返回</Button>} />
        ) : !p.slide ? (
          <Spin size="large" className="tgp-loading" />
        ) : (
          <>
            <SlideView slide={p.slide} number={p.index + 1} total={p.slides.length} />
            {item && p.itemStartedAt !== null ? <ItemTimer className="tgp-timer-corner" startedAt={p.itemStartedAt} plannedMinutes={item.plannedMinutes} now={now} /> : null}
            {typed ? <div className="tgp-jump">跳转到第 {typed} 页</div> : null}
            <div className="tgp-tools">
              <Button ghost onClick={() => openPresenterView(meetingId)}>
                演讲者视图（P）
              </Button>
              <Button ghost onClick={leave}>
                退出放映（Esc）
              </Button>
            </div>
          </>
        )}
      </div>
    </BoardStage>
  );
}
