// The board is laid out on a fixed 1920×1080 stage and scaled to fit whatever screen
// drives it (the wall, a projector, a laptop), keeping its proportions.
import { useEffect, useState, type ReactNode } from 'react';

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

function fit() {
  const w = window.innerWidth;
  const h = window.innerHeight;
  const scale = Math.min(w / STAGE_WIDTH, h / STAGE_HEIGHT);
  return { scale, x: (w - STAGE_WIDTH * scale) / 2, y: (h - STAGE_HEIGHT * scale) / 2 };
}

export function BoardStage({ children }: { children: ReactNode }) {
  const [view, setView] = useState(fit);
  useEffect(() => {
    const onResize = () => setView(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <div className="tgb-viewport">
      <div
        className="tgb-stage"
        style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
