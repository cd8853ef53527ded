// The page indicator at the foot of the board: the page's name, a dot per page of the rotation,
// and why a page stays (pinned from a desk, or from this display's keyboard).
import { PushpinOutlined } from '@ant-design/icons';
import type { WallRotation } from './board-rotation';

const MODE_NOTE = { 'desk-pin': '调度台已固定', 'local-pin': '本屏已固定', rotation: '' } as const;

export function BoardPager({ rotation }: { rotation: WallRotation }) {
  const note = MODE_NOTE[rotation.mode];
  return (
    <span className="tgb-pager" data-testid="board-pager">
      <span className="tgb-pager-name" data-testid="board-page-name">
        {rotation.page.name}
      </span>
      {rotation.mode === 'rotation' && rotation.pages.length > 1 ? (
        <span className="tgb-pager-dots" aria-hidden>
          {rotation.pages.map((p, i) => (
            <span key={p.id} className={i === rotation.index ? 'tgb-pager-dot tgb-pager-dot-on' : 'tgb-pager-dot'} />
          ))}
        </span>
      ) : null}
      {note ? (
        <span className="tgb-pager-pin" data-testid="board-pin-note">
          <PushpinOutlined /> {note}
        </span>
      ) : null}
    </span>
  );
}
