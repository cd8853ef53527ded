// The records behind an indicator's cell: the numerator's and the denominator's (assessment.drill)
// — cases (each opening the case page), worker-days, visits due and done, verified visits, half
// months screened or missed.
import { Drawer, List, Tabs, Tag } from 'antd';
import { Link } from 'react-router';
import { INDICATORS, type DrillKind } from '../../../../shared/assessment/indicators';
import { useRpcQuery } from '../../app/rpc-hooks';
import type { DrillTarget } from './ranking-table';

const KIND_LABELS: Record<DrillKind, { tag: string; unit: string; empty: string }> = {
  case: { tag: '事件', unit: '件', empty: '没有事件' },
  day: { tag: '工作日', unit: '天', empty: '没有工作日' },
  visit: { tag: '走访', unit: '次', empty: '没有应走访的记录' },
  verification: { tag: '核实', unit: '次', empty: '没有已核实的走访' },
  screening: { tag: '排查', unit: '个半月', empty: '没有应排查的半月' },
};

export function DrillDrawer({ runId, target, onClose }: { runId: string; target: DrillTarget | null; onClose: () => void }) {
  const info = target ? INDICATORS[target.indicator] : null;
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width={560}
      title={target && info ? `${target.subjectName} · ${info.label}` : ''}
      destroyOnHidden
      data-testid="assessment-drill"
    >
      {target && info ? (
        <>
          <p className="tg-muted">{info.formula}</p>
          <Tabs
            items={(['numerator', 'denominator'] as const).map((part) => ({
              key: part,
              label: info.parts[part],
              children: <DrillList runId={runId} target={target} part={part} />,
            }))}
          />
        </>
      ) : null}
    </Drawer>
  );
}

function DrillList({ runId, target, part }: { runId: string; target: DrillTarget; part: 'numerator' | 'denominator' }) {
  const rows = useRpcQuery('assessment.drill', { runId, subjectId: target.subjectId, indicator: target.indicator, part });
  const kind = INDICATORS[target.indicator].drill ?? 'case';
  return (
    <List
      size="small"
      loading={rows.isPending}
      dataSource={rows.data ?? []}
      header={rows.data ? `共${rows.data.length}${KIND_LABELS[kind].unit}` : null}
      locale={{ emptyText: rows.error ? rows.error.message : KIND_LABELS[kind].empty }}
      data-testid={`assessment-drill-${part}`}
      renderItem={(r) => (
        <List.Item data-testid="assessment-drill-row">
          <Tag>{KIND_LABELS[r.kind].tag}</Tag>
          {r.link ? (
            <Link to={r.link} data-testid={r.kind === 'case' ? 'assessment-drill-case' : 'assessment-drill-link'}>
              {r.label}
            </Link>
          ) : (
            <span className="tga-drill-label">{r.label}</span>
          )}
          <span className="tga-drill-title">{r.title}</span>
        </List.Item>
      )}
    />
  );
}
