// 演讲者视图 (presenter view, on the presenter's own screen): the slide on show and the next one,
// the notes, the item's timer, the meeting's time against its planned end, and the list of
// slides to jump to. The same keys as the audience window; both follow the same presentation.
import { Button, Result, Spin } from 'antd';
import { useParams } from 'react-router';
import type { MeetingRow } from '../../../../shared/meetings/meeting-types';
import type { Slide } from '../../../../shared/meetings/slides';
import { BoardStage } from '../board/board-stage';
import { formatShanghaiTime } from '../board/board-clock';
import '../board/board.css';
import { ItemTimer } from './item-timer';
import { useLeavePresentation } from './presenter-windows';
import './presenter.css';
import { SlideThumb } from './slide-view';
import { shanghaiTime, timerReading, useNow } from './slide-timer';
import { usePresentation } from './use-presentation';
import { useSlideKeys } from './use-slide-keys';

function MeetingTime({ meeting, now }: { meeting: MeetingRow; now: number }) {
  const start = meeting.startedAt ?? shanghaiTime(meeting.date, meeting.startTime);
  const plan = `计划 ${meeting.startTime}—${meeting.plannedEnd}（${meeting.plannedMinutes}分钟）`;
  if (now < start) {
    return (
      <div className="tgp-meeting-time" data-testid="meeting-time">
        {plan}
      </div>
    );
  }
  const r = timerReading(start, meeting.plannedMinutes, now);
  return (
    <div className={`tgp-meeting-time tgp-timer-${r.tone}`} data-testid="meeting-time" data-tone={r.tone}>
      会议已进行 {r.elapsed} · {plan}
    </div>
  );
}

function slideLabel(s: Slide): string {
  return s.kind === 'cover' ? `封面：${s.title}` : s.title;
}

export function PresenterPage() {
  const meetingId = useParams().meetingId ?? '';
  const p = usePresentation(meetingId);
  const leave = useLeavePresentation(meetingId);
  const typed = useSlideKeys({ index: p.index, count: p.slides.length, go: p.go, leave });
  const now = useNow();
  const meeting = p.detail?.meeting;
  const item = p.slide?.itemId ? p.detail?.items.find((i) => i.id === p.slide!.itemId) : undefined;
  const next = p.slides[p.index + 1];

  return (
    <BoardStage>
      <div className="tgp-presenter" data-testid="presenter">
        {p.error ? (
          <Result status="warning" className="tgp-result" title={p.error} extra={<Button onClick={leave}>返回</Button>} />
        ) : !p.slide || !meeting ? (
          <Spin size="large" className="tgp-loading" />
        ) : (
          <>
            <header className="tgp-p-head">
              <div className="tgp-p-title">{meeting.title}</div>
              <div className="tgp-p-pos" data-testid="presenter-position">
                第 {p.index + 1} / {p.slides.length} 页
              </div>
              <div className="tgp-p-clock">{formatShanghaiTime(new Date(now))}</div>
            </header>
            <div className="tgp-p-body">
              <section className="tgp-p-current">
                <div className="tgp-p-label">
                  当前页 <span data-testid="presenter-current-title">{p.slide.title}</span>
                </div>
                <SlideThumb slide={p.slide} number={p.index + 1} total={p.slides.length} width={1040} />
                <div className="tgp-p-notes-label">备注</div>
                <div className="tgp-p-notes" data-testid="presenter-notes">
                  {p.slide.notes || '（本页无备注）'}
                </div>
              </section>
              <section className="tgp-p-side">
                <div className="tgp-p-timers">
                  {item && p.itemStartedAt !== null ? (
                    <div>
                      <div className="tgp-p-label">本议题用时</div>
                      <ItemTimer className="tgp-timer-big" startedAt={p.itemStartedAt} plannedMinutes={item.plannedMinutes} now={now} />
                    </div>
                  ) : (
                    <div className="tgp-p-label">{p.slide.itemId ? '本议题尚未开始计时' : '非议题页，不计时'}</div>
                  )}
                  <MeetingTime meeting={meeting} now={now} />
                </div>
                <div className="tgp-p-label">下一页 {next ? next.title : '（已是最后一页）'}</div>
                {next ? <SlideThumb slide={next} number={p.index + 2} total={p.slides.length} width={720} /> : <div className="tgp-p-none" />}
                <ol className="tgp-p-list" data-testid="presenter-slides">
                  {p.slides.map((s, i) => (
                    <li key={i}>
                      <button type="button" className={i === p.index ? 'tgp-p-on' : ''} onClick={() => p.go(i)}>
                        <span className="tgp-p-no">{i + 1}</span>
                        {slideLabel(s)}
                      </button>
                    </li>
                  ))}
                </ol>
              </section>
            </div>
            {p.contentError ? <div className="tgp-p-warn">数据未能加载：{p.contentError}（仅显示议题标题）</div> : null}
            {typed ? <div className="tgp-jump">跳转到第 {typed} 页</div> : null}
          </>
        )}
      </div>
    </BoardStage>
  );
}
