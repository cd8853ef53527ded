// The presenter's keys, the same in the audience window and the presenter view: ← → (PageUp,
// PageDown, space) move one slide, Home/End go to the first/last, digits then Enter jump to that
// slide (numbered from 1), Esc clears typed digits or leaves; P opens the presenter view.
import { useEffect, useState } from 'react';

export interface SlideKeyActions {
  index: number;
  count: number;
  go(index: number): void;
  leave(): void;
  /** P: open the presenter view (the audience window only). */
  openPresenter?: () => void;
}

/** Returns the digits typed so far (shown as 「跳转到第 N 页」 until Enter or Esc). */
export function useSlideKeys(actions: SlideKeyActions): string {
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const a = actions;
      const t = typed;
      let handled = true;
      if (/^[0-9]$/.test(e.key)) setTyped((t + e.key).slice(-4));
      else if (e.key === 'Backspace') setTyped(t.slice(0, -1));
      else if (e.key === 'Enter') {
        if (t) a.go(Number(t) - 1);
        setTyped('');
      } else if (e.key === 'Escape') {
        if (t) setTyped('');
        else a.leave();
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'PageDown' || e.key === ' ') a.go(a.index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'PageUp') a.go(a.index - 1);
      else if (e.key === 'Home') a.go(0);
      else if (e.key === 'End') a.go(a.count - 1);
      else if ((e.key === 'p' || e.key === 'P') && a.openPresenter) a.openPresenter();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, typed]);
  return typed;
}
