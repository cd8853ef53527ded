// One slide drawn on the 1920×1080 stage (the audience window scales it to the screen, the
// presenter view shrinks it): cover, agenda, an agenda item (figures with the change against
// the previous period, the chart, the table, the 二次通报 badge), the tasks decided, the end.
import { useMemo, type ReactNode } from 'react';
import type { SectionContent, SectionFigure, SectionTable } from '../../../../shared/meetings/agenda-types';
import { figureDelta, formatFigureNumber, type Slide } from '../../../../shared/meetings/slides';
import { Chart } from '../../ui/chart';
import { slideChartOption } from './slide-chart';

type ItemSlide = Extract<Slide, { kind: 'item' }>;

function Figure({ f }: { f: SectionFigure }) {
  const delta = figureDelta(f);
  return (
    <div className="tgp-figure" data-testid="slide-figure">
      <div className="tgp-figure-label">{f.label}</div>
      <div className="tgp-figure-value">
        {formatFigureNumber(f.value)}
        <span className="tgp-figure-unit">{f.unit}</span>
      </div>
      {delta !== null ? (
        <div className={`tgp-figure-delta ${delta.better === null ? '' : delta.better ? 'tgp-good' : 'tgp-bad'}`}>
          {delta.text}
          <span className="tgp-figure-prev">（{delta.previous}）</span>
        </div>
      ) : null}
    </div>
  );
}

function SlideTable({ table }: { table: SectionTable }) {
  const total = table.columns.reduce((n, c) => n + (c.width ?? 1), 0);
  return (
    <table className="tgp-table" data-testid="slide-table" data-wide={table.columns.length > 5 ? 'yes' : 'no'}>
      <colgroup>
        {table.columns.map((c) => (
          <col key={c.key} style={{ width: `${((c.width ?? 1) / total) * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.key} style={{ textAlign: c.align ?? 'left' }}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={i}>
            {table.columns.map((c) => (
              <td key={c.key} style={{ textAlign: c.align ?? 'left' }}>
                {r[c.key] ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ItemBody({ content }: { content: SectionContent }) {
  const option = useMemo(() => (content.chart ? slideChartOption(content.chart) : null), [content.chart]);
  const table = content.table && content.table.rows.length > 0 ? content.table : null;
  if (content.empty && content.figures.length === 0 && !table && !option) return <div className="tgp-empty">{content.empty}</div>;
  return (
    <>
      {content.figures.length > 0 ? (
        <div className="tgp-figures" data-count={Math.min(content.figures.length, 6)}>
          {content.figures.slice(0, 6).map((f) => (
            <Figure key={f.label} f={f} />
          ))}
        </div>
      ) : null}
      {option || table ? (
        <div className={`tgp-item-main ${option && table ? 'tgp-split' : ''}`}>
          {option ? (
            <div className="tgp-chart">
              <Chart option={option} testId="slide-chart" />
            </div>
          ) : null}
          {table ? (
            <div className="tgp-table-box">
              <SlideTable table={table} />
              {table.total && table.total > table.rows.length ? <div className="tgp-table-more">共 {table.total} 项</div> : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** A slide's title bar; `side` holds what stands at its right (period, 第N次通报, page). */
function SlideHead({ title, side }: { title: string; side?: ReactNode }) {
  return (
    <header className="tgp-head">
      <h1 className="tgp-title" data-role="slide-title">
        {title}
      </h1>
      {side ? <div className="tgp-head-side">{side}</div> : null}
    </header>
  );
}

function ItemSlideView({ slide }: { slide: ItemSlide }) {
  const c = slide.content;
  return (
    <>
      <SlideHead
        title={slide.title}
        side={
          <>
            {slide.carry ? (
              <span className="tgp-carry" data-testid="slide-carry">
                第{slide.carry.timesRaised}次通报
                <small>首次 {slide.carry.firstRaisedDate}</small>
              </span>
            ) : null}
            {c.period ? <span className="tgp-period">{c.period}</span> : null}
            {slide.pages > 1 ? (
              <span className="tgp-period">
                {slide.page}/{slide.pages}
              </span>
            ) : null}
          </>
        }
      />
      <div className="tgp-item">
        <ItemBody content={c} />
      </div>
      {c.summary && slide.page === 1 ? <div className="tgp-summary">{c.summary}</div> : null}
    </>
  );
}

function SlideBody({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case 'cover':
      return (
        <div className="tgp-cover">
          <div className="tgp-cover-rule" />
          <h1 className="tgp-cover-title" data-role="slide-title">
            {slide.title}
          </h1>
          <div className="tgp-cover-sub">{slide.subtitle}</div>
          {slide.lines.map((l) => (
            <div key={l} className="tgp-cover-line">
              {l}
            </div>
          ))}
        </div>
      );
    case 'agenda':
      return (
        <>
          <SlideHead title={slide.title} />
          <ol className="tgp-agenda" data-many={slide.items.length > 8 ? 'yes' : 'no'}>
            {slide.items.map((i, n) => (
              <li key={n}>
                <span className="tgp-agenda-no">{n + 1}</span>
                <span className="tgp-agenda-title">{i.title}</span>
                <span className="tgp-agenda-time">
                  {i.start} · {i.minutes}分钟
                </span>
              </li>
            ))}
          </ol>
        </>
      );
    case 'item':
      return <ItemSlideView slide={slide} />;
    case 'tasks':
      return (
        <>
          <SlideHead title={slide.title} />
          <SlideTable
            table={{
              columns: [
                { key: 'title', label: '事项', width: 4 },
                { key: 'owner', label: '责任人/单位', width: 2 },
                { key: 'deadline', label: '完成时限', width: 1.5, align: 'center' },
                { key: 'state', label: '状态', width: 1, align: 'center' },
              ],
              rows: slide.tasks.slice(0, 10).map((t) => ({ title: t.title, owner: t.owner, deadline: t.deadline, state: t.done ? '已销号' : '办理中' })),
            }}
          />
          {slide.tasks.length > 10 ? <div className="tgp-table-more">共 {slide.tasks.length} 项</div> : null}
        </>
      );
    case 'end':
      return (
        <div className="tgp-cover">
          <h1 className="tgp-cover-title" data-role="slide-title">
            {slide.title}
          </h1>
          <div className="tgp-cover-sub">{slide.subtitle}</div>
        </div>
      );
  }
}

/** A slide on the 1920×1080 stage; `number` is 1-based. */
export function SlideView({ slide, number, total }: { slide: Slide; number: number; total: number }) {
  return (
    <div className="tgp-slide" data-kind={slide.kind}>
      <SlideBody slide={slide} />
      <div className="tgp-slide-number" data-role="slide-number">
        {number} / {total}
      </div>
    </div>
  );
}

/** A slide shrunk to `width` pixels (presenter view): the same drawing, scaled. */
export function SlideThumb({ slide, number, total, width }: { slide: Slide; number: number; total: number; width: number }) {
  const scale = width / 1920;
  return (
    <div className="tgp-thumb" style={{ width, height: 1080 * scale }}>
      <div style={{ width: 1920, height: 1080, transform: `scale(${scale})`, transformOrigin: '0 0' }}>
        <SlideView slide={slide} number={number} total={total} />
      </div>
    </div>
  );
}
