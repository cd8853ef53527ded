// The cases behind a case indicator's cell: the numerator's and the denominator's (assessment.drill),
// each opening the case page.
import { Drawer, List, Tabs } from 'antd';
import { Link } from 'react-router';
import { CASE_COUNT_LABELS, CASE_INDICATORS, type CaseIndicatorKey } from '../../../../shared/assessment/case-indicators';
import { useRpcQuery } from '../../app/rpc-hooks';
import type { DrillTarget } from './ranking-table';

export function DrillDrawer({ runId, target, onClose }: { runId: string; target: DrillTarget | null; onClose: () => void }) {
  const def = target ? CASE_INDICATORS[target.indicator as CaseIndicatorKey] : null;
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width={520}
      title={target && def ? `${target.subjectName} · ${def.label}` : ''}
      destroyOnHidden
      data-testid="assessment-drill"
    >
      {target && def ? (
        <>
          <p className="tg-muted">{def.formula}</p>
          <Tabs
            items={(['numerator', 'denominator'] as const).map((part) => ({
              key: part,
              label: CASE_COUNT_LABELS[part === 'numerator' ? def.numerator : def.denominator],
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
  return (
    <List
      size="small"
      loading={rows.isPending}
      dataSource={rows.data ?? []}
      header={rows.data ? `共${rows.data.length}件` : null}
      locale={{ emptyText: '没有事件' }}
      data-testid={`assessment-drill-${part}`}
      renderItem={(c) => (
        <List.Item>
          <Link to={`/cases/${c.id}`} data-testid="assessment-drill-case">
            {c.label}
          </Link>
          <span className="tga-drill-title">{c.title}</span>
        </List.Item>
      )}
    />
  );
}
