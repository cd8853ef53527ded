// The board is laid out on a fixed stage — 1920×1080 for a 16:9 page, wider for a page composed
// for a spliced wall (shared/board/board-layout.ts: 3840×1080, 5760×1080) — and scaled to fit
// whatever screen drives it (the wall, a projector, a laptop) keeping its proportions: never
// stretched, centred with dark bars where the screen's shape differs.
import { useEffect, useState, type ReactNode } from 'react';

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

interface View {
  scale: number;
  x: number;
  y: number;
}

/** How a stage of width×height fits a screen of screenW×screenH: the largest scale that shows it whole, centred. */
export function fitStage(width: number, height: number, screenW: number, screenH: number): View {
  const scale = Math.min(screenW / width, screenH / height);
  return { scale, x: (screenW - width * scale) / 2, y: (screenH - height * scale) / 2 };
}

function useWindowSize() {
  const [size, setSize] = useState(() => ({ w: window.innerWidth, h: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

export function BoardStage({ width = STAGE_WIDTH, height = STAGE_HEIGHT, children }: { width?: number; height?: number; children: ReactNode }) {
  const screen = useWindowSize();
  const view = fitStage(width, height, screen.w, screen.h);
  return (
    <div className="tgb-viewport">
      <div
        className="tgb-stage"
        data-testid="board-stage"
        style={{ width, height, transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
