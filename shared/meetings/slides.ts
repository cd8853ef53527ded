// A meeting's slides (presenter mode and the .pptx, docs/meetings.md): one pure function from the
// meeting, its agenda and each item's content to the list of slides, so the projector, the
// presenter view and the PowerPoint file show the same pages in the same order.
import { SECTION_LABELS, type SectionContent, type SectionFigure } from './agenda-types';
import { MEETING_KIND_LABELS } from './meeting-kinds';
import type { MeetingDetail, MeetingContent } from './meeting-types';

/** Table rows on one slide at 1920×1080 (more go on 「（续）」 slides). */
export const SLIDE_TABLE_ROWS = 8;

interface SlideBase {
  /** The agenda item the slide belongs to (its timer runs while it is on show); null: cover, agenda, tasks, end. */
  itemId: string | null;
  title: string;
  /** The presenter's notes (presenter view only). */
  notes: string;
}

export type Slide =
  | (SlideBase & { kind: 'cover'; subtitle: string; lines: string[] })
  | (SlideBase & { kind: 'agenda'; items: { title: string; start: string; minutes: number }[] })
  | (SlideBase & {
      kind: 'item';
      /** 1-based page of the item's table and how many pages it has. */
      page: number;
      pages: number;
      content: SectionContent;
      carry: { timesRaised: number; firstRaisedDate: string } | null;
    })
  | (SlideBase & { kind: 'tasks'; tasks: { title: string; owner: string; deadline: string; done: boolean }[] })
  | (SlideBase & { kind: 'end'; subtitle: string });

/** A figure's number as the slides show it: whole numbers as they are, others to one decimal. */
export function formatFigureNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/**
 * How a figure changed against the previous period, as the slide and the .pptx word it: 「较上期 ▲ 3件」,
 * 「较上期 ▼ 1.5个百分点」, 「与上期持平」; `better` (null when unchanged) colours it. Null when not compared.
 */
export function figureDelta(f: SectionFigure): { text: string; better: boolean | null; previous: string } | null {
  const previous = f.previous ?? null;
  if (previous === null) return null;
  const delta = f.value - previous;
  const unit = f.unit === '%' ? '个百分点' : f.unit;
  return {
    text: delta === 0 ? '与上期持平' : `较上期 ${delta > 0 ? '▲' : '▼'} ${formatFigureNumber(Math.abs(delta))}${unit}`,
    better: delta === 0 ? null : f.lowerIsBetter ? delta < 0 : delta > 0,
    previous: `上期 ${formatFigureNumber(previous)}${f.unit}`,
  };
}

function emptyContent(title: string): SectionContent {
  return { section: 'custom', title, period: '', figures: [], table: null, chart: null, summary: '', empty: null };
}

export function buildSlides(detail: MeetingDetail, content: MeetingContent | null): Slide[] {
  const { meeting, items, tasks } = detail;
  const kindLabel = MEETING_KIND_LABELS[meeting.kind];
  const slides: Slide[] = [
    {
      kind: 'cover',
      itemId: null,
      title: meeting.title,
      subtitle: `${meeting.date} ${meeting.startTime}`,
      lines: [meeting.place && `地点：${meeting.place}`, meeting.chairName && `主持：${meeting.chairName}`, `${kindLabel} · ${meeting.scopeName}`].filter(Boolean) as string[],
      notes: '',
    },
    {
      kind: 'agenda',
      itemId: null,
      title: '会议议程',
      items: items.map((i) => ({ title: i.title, start: i.plannedStart, minutes: i.plannedMinutes })),
      notes: `预计 ${meeting.plannedMinutes} 分钟，${meeting.plannedEnd} 结束`,
    },
  ];
  for (const item of items) {
    const c = content?.items[item.id] ?? emptyContent(item.title);
    const rows = c.table?.rows ?? [];
    const pages = Math.max(1, Math.ceil(rows.length / SLIDE_TABLE_ROWS));
    const carry = item.carryId && item.timesRaised !== null && item.firstRaisedDate ? { timesRaised: item.timesRaised, firstRaisedDate: item.firstRaisedDate } : null;
    for (let page = 1; page <= pages; page++) {
      const from = (page - 1) * SLIDE_TABLE_ROWS;
      const table = c.table
        ? { ...c.table, rows: rows.slice(from, from + SLIDE_TABLE_ROWS), caseIds: c.table.caseIds?.slice(from, from + SLIDE_TABLE_ROWS) }
        : null;
      slides.push({
        kind: 'item',
        itemId: item.id,
        title: page === 1 ? item.title : `${item.title}（续）`,
        page,
        pages,
        // Figures and the chart on the first page only; the following pages continue the table.
        content: page === 1 ? { ...c, table } : { ...c, figures: [], chart: null, table },
        carry,
        notes: item.notes || c.summary || SECTION_LABELS[item.section],
      });
    }
  }
  if (tasks.length > 0) {
    slides.push({
      kind: 'tasks',
      itemId: null,
      title: '会议议定事项',
      tasks: tasks.map((t) => ({ title: t.title, owner: t.ownerName, deadline: t.deadline, done: t.status === 'done' })),
      notes: '',
    });
  }
  slides.push({ kind: 'end', itemId: null, title: '谢谢', subtitle: meeting.title, notes: '' });
  return slides;
}
