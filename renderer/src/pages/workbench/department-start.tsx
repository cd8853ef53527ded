// 部门处置人员's start screen: its department's cases to handle, in progress and returned for
// rework, and beside them those due soon or overdue — each list the most urgent deadline first.
import { FocusCard } from './focus-card';

export function DepartmentStart() {
  return (
    <div className="tgw-role" data-testid="start-department">
      <div className="tgw-grid tgw-grid-halves">
        <FocusCard title="本部门待办" groups={['to_handle', 'in_progress', 'rework']} testId="start-focus" />
        <FocusCard title="办理期限" groups={['overdue', 'due_soon']} testId="start-deadlines" />
      </div>
    </div>
  );
}
