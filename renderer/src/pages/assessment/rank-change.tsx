// The change of a subject's rank on the previous period: ↑3 (up, green), ↓2 (down, red), 持平,
// 新 (not ranked last period). The rule of what counts as previous is the core's (run-results.ts).
import { Tooltip } from 'antd';
import { rankChange, type SubjectResult } from '../../../../shared/assessment/results-types';
import { GRADE_LABELS } from '../../../../shared/assessment/scheme';
import { pointsText } from './assessment-format';

export function rankChangeText(s: Pick<SubjectResult, 'rank' | 'previous'>): string {
  const d = rankChange(s);
  if (d === null) return '新';
  if (d === 0) return '持平';
  return d > 0 ? `↑${d}` : `↓${-d}`;
}

/** `compared`: the level's previous period has a frozen run (without one nothing is 新). */
export function RankChange({ subject, compared }: { subject: SubjectResult; compared: boolean }) {
  if (!compared) return <span className="tga-change tga-change-same">—</span>;
  const d = rankChange(subject);
  const tone = d === null ? 'tga-change-new' : d > 0 ? 'tga-change-up' : d < 0 ? 'tga-change-down' : 'tga-change-same';
  const p = subject.previous;
  const text = <span className={`tga-change ${tone}`} data-testid="assessment-rank-change">{rankChangeText(subject)}</span>;
  return p ? <Tooltip title={`${p.periodLabel}：第${p.rank}名，${pointsText(p.total)}分，${GRADE_LABELS[p.grade]}`}>{text}</Tooltip> : text;
}
