// The 督查专报 (supervision report) of an assessment run as content: a title, the period and
// 统计截止, then sections of blocks (paragraphs, key figures, tables, charts). The core builds it
// once (electron/core/assessment/report-model.ts); the .docx (report-docx.ts) and the printed
// view (renderer/src/pages/assessment/report-print-page.tsx) only lay it out, so both say the same.

/** A chart's data; how it is drawn is in report-chart-option.ts (the same for Word and screen). */
export type ReportChart =
  | { kind: 'bar'; title: string; categories: string[]; values: number[]; /** The axis' top (e.g. a score's full marks); none: from the values. */ max?: number; unit: string }
  /** Shares of a whole: the grades of a ranking (each grade its own colour), or any other split (e.g. a work report's sources). */
  | { kind: 'grades' | 'pie'; title: string; slices: { name: string; value: number }[] };

export type ReportBlock =
  | { kind: 'paragraph'; text: string; bold?: boolean }
  /** Key figures in a row of boxes: 考核对象 24个, 平均分 86.40 … */
  | { kind: 'figures'; items: { label: string; value: string }[] }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][]; widths: number[] }
  | { kind: 'chart'; chart: ReportChart };

export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

export interface RunReport {
  runId: string;
  /** 「XX镇网格化服务管理工作督查专报（2026年第三季度）」, marked 未定版（草稿） while the run is open. */
  title: string;
  /** The title as printed: the name, then the period (and the draft mark) on a line of its own. */
  titleLines: string[];
  draft: boolean;
  townName: string;
  periodLabel: string;
  /** 网格考核 … */
  subtitle: string;
  /** 考核期间：2026年7月1日至2026年9月30日 */
  period: string;
  /** 统计截止：… — when the run was frozen, else when the report was made. */
  cutoff: string;
  sections: ReportSection[];
  /** Who issues it and when (the closing). */
  issuedBy: string;
  issuedOn: string;
}
