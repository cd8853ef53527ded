// The three areas of the director's, supervisor's and presenter's start screens: the main list,
// a side column and what comes below (two columns at 1366×768, three from 1600 px up: workbench.css).
import type { ReactNode } from 'react';

export function StartAreas({ main, side, more }: { main: ReactNode; side: ReactNode; more: ReactNode }) {
  return (
    <div className="tgw-grid tgw-grid-areas">
      <div className="tgw-col tgw-area-main">{main}</div>
      <div className="tgw-col tgw-area-side">{side}</div>
      <div className="tgw-col tgw-area-more">{more}</div>
    </div>
  );
}
