// Which page the wall shows and when it moves on (shared/board/board-layout.ts: a desk's pin
// wins, then a pin from this display's keyboard, then the active playlist's rotation).
// Keyboard on the display: ←/→ previous/next page, 1–9 pins that page (in the list's order) on
// this display only — the display account may not write — and 0 or Esc unpins it.
import { useEffect, useState } from 'react';
import { rotationPages, wallPage, type BoardLayouts, type BoardPage, type WallMode } from '../../../../shared/board/board-layout';

const NO_LAYOUTS: BoardLayouts = { pages: [], playlists: [], activePlaylistId: null, pin: null };

export interface WallRotation {
  page: BoardPage;
  mode: WallMode;
  /** The rotation's pages and the one on show (for the page indicator). */
  pages: BoardPage[];
  index: number;
  /** Seconds each page stays; null when nothing rotates (one page, or pinned). */
  intervalSeconds: number | null;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useWallRotation(layouts: BoardLayouts | undefined): WallRotation {
  const data = layouts ?? NO_LAYOUTS;
  const [step, setStep] = useState(0);
  const [localPin, setLocalPin] = useState<string | null>(null);
  const { pages, intervalSeconds } = rotationPages(data);
  const shown = wallPage(data, localPin, step);
  const index = ((step % pages.length) + pages.length) % pages.length;
  const rotating = shown.mode === 'rotation' && intervalSeconds !== null;

  // One timer per page on show: the next page after the playlist's interval. A key press or a
  // changed playlist restarts it; nothing is left running when the board closes.
  useEffect(() => {
    if (!rotating) return;
    const timer = window.setTimeout(() => setStep((s) => s + 1), (intervalSeconds ?? 0) * 1000);
    return () => window.clearTimeout(timer);
  }, [rotating, intervalSeconds, step, shown.page.id]);

  const allIds = data.pages.map((p) => p.id).join(',');
  useEffect(() => {
    const ids = allIds ? allIds.split(',') : [];
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        setLocalPin(null);
        setStep((s) => s + (e.key === 'ArrowRight' ? 1 : -1));
      } else if (e.key === '0' || e.key === 'Escape') {
        setLocalPin(null);
      } else if (/^[1-9]$/.test(e.key)) {
        const id = ids[Number(e.key) - 1];
        if (id) setLocalPin(id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [allIds]);

  return { page: shown.page, mode: shown.mode, pages, index, intervalSeconds: rotating ? intervalSeconds : null };
}
