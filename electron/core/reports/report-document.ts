// A work report's text (月报, 季报) as the sections of a Chinese government work report: 总体情况,
// the analysis by source, category, village/community and handling type, 群众满意度, 突出问题 and
// 下步工作建议 — paragraphs written from the figures, tables and charts. The .docx lays these
// blocks out (report-docx.ts) the way the 督查专报 does.
import type { ReportBlock, ReportSection } from '../../../shared/assessment/report-types';
import { SATISFACTION_LABELS, SATISFACTIONS } from '../../../shared/cases/case-types';
import { chineseDate } from '../assessment/report-model';
import { reportCharts } from '../../../shared/reports/report-charts';
import { changeCell, changeText, pointsChange, rateText } from '../../../shared/reports/report-format';
import type { ReportCounts, ReportRow, WorkReport } from '../../../shared/reports/report-types';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function rateWithChange(label: string, c: ReportCounts, p: ReportCounts, key: 'onTimeRate' | 'satisfactionRate' | 'closeRate'): string {
  if (c[key] === null) return `${label}不计（${key === 'satisfactionRate' ? '暂无评价' : key === 'onTimeRate' ? '暂无已结案事件' : '未受理事件'}）`;
  const ch = pointsChange(c[key], p[key]);
  return `${label}${rateText(c[key])}${ch ? `，较上期${ch}` : ''}`;
}

const partOf = (rows: ReportRow[], n = 3) =>
  rows
    .filter((r) => r.current.received > 0)
    .slice(0, n)
    .map((r) => `${r.name}${r.current.received}件（占${r.share}%）`)
    .join('、');

function dimensionTable(caption: string, nameLabel: string, rows: ReportRow[]): ReportBlock {
  return {
    kind: 'table',
    caption,
    columns: [nameLabel, '本期受理', '占比', '上期受理', '环比', '按期结案率', '满意率'],
    widths: [22, 11, 10, 11, 18, 14, 14],
    rows: rows.map((r) => [
      r.name,
      String(r.current.received),
      r.share === null ? '—' : `${r.share}%`,
      String(r.previous.received),
      changeCell(r),
      rateText(r.current.onTimeRate),
      rateText(r.current.satisfactionRate),
    ]),
  };
}

/** The report's sections; `heading` numbers them 一、二、… */
export function reportSections(r: WorkReport): ReportSection[] {
  const { current: c, previous: p } = r.total;
  const label = r.period.label;
  const asOf = r.partial ? `（截至${chineseDate(new Date(r.countedAt + 8 * 3600_000).toISOString())}）` : '';
  const d = r.dimensions;
  const charts = reportCharts(r);
  const sections: Omit<ReportSection, 'heading'>[] = [];
  const titles: string[] = [];
  const add = (title: string, blocks: ReportBlock[]) => {
    titles.push(title);
    sections.push({ blocks });
  };

  add('总体情况', [
    {
      kind: 'paragraph',
      text:
        `${label}${asOf}，中心共受理各类事件${c.received}件，${p.received === 0 ? '上期无受理事件' : `${changeText(r.total.change, r.total.changeRate, p.received)}（上期${p.received}件）`}。` +
        `已结案${c.closed}件，${rateWithChange('结案率', c, p, 'closeRate')}；按期结案${c.closedOnTime}件，${rateWithChange('按期结案率', c, p, 'onTimeRate')}；` +
        `群众评价${c.evaluated}件，${rateWithChange('满意率', c, p, 'satisfactionRate')}。`,
    },
    {
      kind: 'figures',
      items: [
        { label: '受理事件', value: `${c.received}件` },
        { label: '已结案', value: `${c.closed}件` },
        { label: '按期结案率', value: rateText(c.onTimeRate) },
        { label: '满意率', value: rateText(c.satisfactionRate) },
      ],
    },
    {
      kind: 'table',
      caption: `主要指标（${label}与${r.previous.label}）`,
      columns: ['指标', '本期', '上期', '环比'],
      widths: [34, 20, 20, 26],
      rows: [
        ['受理事件（件）', String(c.received), String(p.received), changeCell(r.total)],
        ['已结案（件）', String(c.closed), String(p.closed), String(c.closed - p.closed)],
        ['结案率', rateText(c.closeRate), rateText(p.closeRate), pointsChange(c.closeRate, p.closeRate) ?? '—'],
        ['按期结案（件）', String(c.closedOnTime), String(p.closedOnTime), String(c.closedOnTime - p.closedOnTime)],
        ['按期结案率', rateText(c.onTimeRate), rateText(p.onTimeRate), pointsChange(c.onTimeRate, p.onTimeRate) ?? '—'],
        ['满意率', rateText(c.satisfactionRate), rateText(p.satisfactionRate), pointsChange(c.satisfactionRate, p.satisfactionRate) ?? '—'],
      ],
    },
  ]);

  if (c.received === 0) {
    add('事件分析', [{ kind: 'paragraph', text: `${label}未受理事件，不作分项分析。` }]);
  } else {
    add('事件来源分析', [
      { kind: 'paragraph', text: `从事件来源看，${partOf(d.source)}。` },
      dimensionTable('事件来源统计表', '事件来源', d.source),
      { kind: 'chart', chart: charts.source },
    ]);
    add('事件类别分析', [
      { kind: 'paragraph', text: `从事件类别看，数量居前的是${partOf(d.category)}。` },
      dimensionTable('事件类别统计表', '事件类别', d.category),
      { kind: 'chart', chart: charts.category },
    ]);
    const rated = d.village.filter((x) => x.current.onTimeRate !== null);
    const lowest = [...rated].sort((a, b) => a.current.onTimeRate! - b.current.onTimeRate!)[0];
    add('各村(社区)事件情况', [
      {
        kind: 'paragraph',
        text: `从区域分布看，事件数量居前的是${partOf(d.village)}。${lowest ? `按期结案率最低的是${lowest.name}（${rateText(lowest.current.onTimeRate)}）。` : ''}`,
      },
      dimensionTable('各村(社区)事件统计表', '村(社区)', d.village),
      { kind: 'chart', chart: charts.village },
    ]);
    add('处置类型分析', [
      { kind: 'paragraph', text: `按处置类型分，${partOf(d.handlingType, 4)}。` },
      dimensionTable('处置类型统计表', '处置类型', d.handlingType),
    ]);
  }

  const sNow = r.satisfaction.current;
  const sBefore = r.satisfaction.previous;
  add('群众满意度', [
    {
      kind: 'paragraph',
      text:
        c.evaluated === 0
          ? `${label}暂无群众评价。`
          : `${label}群众评价${c.evaluated}件，其中满意${sNow.satisfied}件、基本满意${sNow.basically}件、不满意${sNow.dissatisfied}件，${rateWithChange('满意率', c, p, 'satisfactionRate')}。`,
    },
    {
      kind: 'table',
      caption: '群众评价情况',
      columns: ['评价', '本期（件）', '上期（件）', '增减'],
      widths: [34, 22, 22, 22],
      rows: SATISFACTIONS.map((s) => [SATISFACTION_LABELS[s], String(sNow[s]), String(sBefore[s]), String(sNow[s] - sBefore[s])]),
    },
  ]);

  const problems: ReportBlock[] = [];
  const topCategories = d.category.filter((x) => x.current.received > 0).slice(0, 3);
  problems.push({
    kind: 'paragraph',
    text: topCategories.length
      ? `（一）高发问题。${topCategories.map((x) => `${x.name}${x.current.received}件，${changeText(x.change, x.changeRate, x.previous.received)}`).join('；')}。`
      : '（一）高发问题。本期无受理事件。',
  });
  problems.push({ kind: 'paragraph', text: r.topGrids.length ? `（二）高发网格。事件最多的网格为${r.topGrids.map((g) => `${g.name}（${g.current.received}件）`).join('、')}。` : '（二）高发网格。无。' });
  problems.push({
    kind: 'paragraph',
    text: r.repeatAddresses.length ? `（三）重复发生地点。本期有${r.repeatAddresses.length}处地点重复发生事件，需从源头治理：` : '（三）重复发生地点。本期未发现同一地点重复发生的事件。',
  });
  if (r.repeatAddresses.length) {
    problems.push({
      kind: 'table',
      caption: '重复发生事件的地点',
      columns: ['地点', '村(社区)', '事件数', '主要问题'],
      widths: [34, 20, 12, 34],
      rows: r.repeatAddresses.map((a) => [a.address, a.village, String(a.cases), a.categories.slice(0, 3).join('、')]),
    });
  }
  add('突出问题', problems);

  const steps: string[] = [];
  if (topCategories[0]) steps.push(`聚焦${topCategories.map((x) => x.name).join('、')}等高发问题，会同相关职能部门开展专项整治，压降事件发生量。`);
  const slow = d.village.filter((x) => x.current.onTimeRate !== null && c.onTimeRate !== null && x.current.onTimeRate < c.onTimeRate);
  if (slow.length) steps.push(`对按期结案率低于全镇平均水平（${rateText(c.onTimeRate)}）的${slow.map((x) => x.name).join('、')}加强督办，确保事件按期办结。`);
  if (r.repeatAddresses.length) steps.push(`对${r.repeatAddresses.length}处重复发生事件的地点逐一建立台账，落实网格员常态化巡查，从源头减少重复事件。`);
  if (sNow.dissatisfied > 0) steps.push(`对${sNow.dissatisfied}件群众不满意事件逐件回访，查找原因、整改到位。`);
  if (steps.length === 0) steps.push('持续巩固网格化服务管理成效，做好事件受理、派遣、处置、核查各环节工作。');
  add('下步工作建议', steps.map((text, i) => ({ kind: 'paragraph', text: `${['一', '二', '三', '四'][i]}是${text}` })));

  return sections.map((s, i) => ({ heading: `${NUMERALS[i]}、${titles[i]}`, blocks: s.blocks }));
}
