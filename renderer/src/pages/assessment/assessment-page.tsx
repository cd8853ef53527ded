// 考核评价: the list of assessment runs, and one run's review (?run=<id>) — ranking with
// drill-down, manual items, freeze and reopen, the run's history (docs/assessment.md).
import { useSearchParams } from 'react-router';
import { RunView } from './run-view';
import { RunsView } from './runs-view';
import './assessment.css';

export function AssessmentPage() {
  const [params, setParams] = useSearchParams();
  const runId = params.get('run');
  return (
    <div className="tg-page tga-page" data-testid="assessment-page">
      {runId ? <RunView key={runId} runId={runId} onBack={() => setParams({})} /> : <RunsView onOpen={(id) => setParams({ run: id })} />}
    </div>
  );
}
