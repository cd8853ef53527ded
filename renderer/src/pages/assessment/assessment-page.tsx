// 考核评价: the list of assessment runs, the schemes (?tab=schemes) and the satisfaction surveys
// (?tab=surveys), and one run's review (?run=<id>) — ranking with drill-down, manual items,
// freeze and reopen, results and warnings, the run's history (docs/assessment.md).
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { RunView } from './run-view';
import { RunsView } from './runs-view';
import { SchemesView } from './schemes-view';
import { SurveysView } from './surveys-view';
import './assessment.css';

export function AssessmentPage() {
  const [params, setParams] = useSearchParams();
  const runId = params.get('run');
  return (
    <div className="tg-page tga-page" data-testid="assessment-page">
      {runId ? (
        <RunView key={runId} runId={runId} onBack={() => setParams({})} />
      ) : (
        <Tabs
          activeKey={params.get('tab') ?? 'runs'}
          onChange={(tab) => setParams(tab === 'runs' ? {} : { tab })}
          destroyOnHidden
          data-testid="assessment-tabs"
          items={[
            { key: 'runs', label: '考核', children: <RunsView onOpen={(id) => setParams({ run: id })} /> },
            { key: 'schemes', label: '考核方案', children: <SchemesView /> },
            { key: 'surveys', label: '满意度测评', children: <SurveysView /> },
          ]}
        />
      )}
    </div>
  );
}
