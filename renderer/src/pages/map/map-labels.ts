// Where the grid map's names go (网格地图): village/community names first, then grid names,
// largest grid first, each only where it fits inside its grid and overlaps no name already
// placed — a grid name that would collide falls back to its short form (第3网格) or is left
// out at this zoom (zoom in to see it). Positions are in screen pixels at the current zoom,
// with the anchors ECharts uses: a grid's name at the centroid of its largest ring, a village's
// name above its centre.

export const GRID_FONT = 11;
export const VILLAGE_FONT = 15;
/** The village label's box: padding [3, 8], a 1px border, raised 14px above its centre. */
const VILLAGE_PAD = { x: 8, y: 3 };
export const VILLAGE_OFFSET_Y = -14;
/** Space kept clear around each label. */
const MARGIN = 2;

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface GridLabelInput {
  id: string;
  /** Label anchor (lon, lat). */
  at: [number, number];
  /** Bounding box size of the grid (lon, lat units). */
  box: { w: number; h: number };
  full: string;
  short: string;
}

export interface LabelLayoutInput {
  grids: GridLabelInput[];
  villages: { name: string; at: [number, number] }[];
  /** Pixels per lon unit and per lat unit at the current zoom. */
  pxX: number;
  pxY: number;
  zoom: number;
}

export interface LabelLayout {
  /** The text of each labelled grid (grids left out have none). */
  grids: Map<string, string>;
  /** Every placed label's box, village names first (for checks). */
  boxes: Rect[];
}

/** CJK text: each character about one font size wide. */
const textWidth = (text: string, font: number) => [...text].length * font;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function around(cx: number, cy: number, w: number, h: number): Rect {
  return { x0: cx - w / 2 - MARGIN, y0: cy - h / 2 - MARGIN, x1: cx + w / 2 + MARGIN, y1: cy + h / 2 + MARGIN };
}

export function villageLabelRect(v: { name: string; at: [number, number] }, pxX: number, pxY: number): Rect {
  const w = textWidth(v.name, VILLAGE_FONT) + 2 * VILLAGE_PAD.x + 2;
  const h = VILLAGE_FONT * 1.2 + 2 * VILLAGE_PAD.y + 2;
  return around(v.at[0] * pxX, -v.at[1] * pxY + VILLAGE_OFFSET_Y, w, h);
}

export function layoutMapLabels({ grids, villages, pxX, pxY, zoom }: LabelLayoutInput): LabelLayout {
  const boxes: Rect[] = villages.map((v) => villageLabelRect(v, pxX, pxY));
  const out = new Map<string, string>();
  const order = [...grids].sort((a, b) => b.box.w * b.box.h - a.box.w * a.box.h || a.id.localeCompare(b.id));
  for (const g of order) {
    const widthPx = g.box.w * pxX * 0.8;
    const heightPx = g.box.h * pxY;
    if (heightPx < GRID_FONT * 1.6) continue;
    const texts = zoom >= 2 && g.full !== g.short ? [g.full, g.short] : [g.short];
    for (const text of texts) {
      if (textWidth(text, GRID_FONT) > widthPx) continue;
      const rect = around(g.at[0] * pxX, -g.at[1] * pxY, textWidth(text, GRID_FONT), GRID_FONT * 1.2);
      if (boxes.some((b) => overlaps(b, rect))) continue;
      boxes.push(rect);
      out.set(g.id, text);
      break;
    }
  }
  return { grids: out, boxes };
}
