// A row of day cells (✓ / 假 / 缺 / 待) with their colours; holidays and weekends greyed.
import { Tooltip } from 'antd';
import type { DayCell } from '../../../../shared/routine/routine-types';
import { cellTitle, MARK_TEXT, shortDate, weekdayOf } from './routine-format';

export function DayMarkCell({ cell, onOpen }: { cell: DayCell; onOpen?: (cell: DayCell) => void }) {
  const clickable = !!onOpen && (cell.logId !== null || cell.mark === 'missing' || cell.mark === 'leave');
  const text = cell.mark === 'off' && cell.logId ? '✓' : MARK_TEXT[cell.mark];
  return (
    <Tooltip title={cellTitle(cell)} mouseEnterDelay={0.3}>
      <button
        type="button"
        className={`tgr-mark tgr-mark-${cell.mark}${cell.late ? ' tgr-late' : ''}${cell.mark === 'leave' && cell.cover && !cell.cover.logged ? ' tgr-uncovered' : ''}`}
        disabled={!clickable}
        onClick={() => onOpen?.(cell)}
        data-testid={`mark-${cell.date}`}
        data-mark={cell.mark}
      >
        {text}
      </button>
    </Tooltip>
  );
}

export function DayStrip({ days, onOpen }: { days: DayCell[]; onOpen?: (cell: DayCell) => void }) {
  return (
    <div className="tgr-strip" data-testid="day-strip">
      {days.map((c) => (
        <div key={c.date} className={`tgr-strip-day${c.mark === 'off' ? ' tgr-off' : ''}`}>
          <div className="tgr-strip-date">
            {shortDate(c.date)}
            <span className="tg-muted"> {weekdayOf(c.date)}</span>
          </div>
          <DayMarkCell cell={c} onOpen={onOpen} />
        </div>
      ))}
    </div>
  );
}
