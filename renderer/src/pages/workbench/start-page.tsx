// 工作台: every role's own start screen (the index route), under one head with the actions the
// account holds and the holiday-calendar warning; the keyboard hints of its screens below.
import type { ComponentType } from 'react';
import type { Role } from '../../../../shared/auth/roles';
import { useSession } from '../../app/session';
import { AdminStart } from './admin-start';
import { CalendarWarning } from './calendar-warning';
import { DepartmentStart } from './department-start';
import { DirectorStart } from './director-start';
import { DispatcherStart } from './dispatcher-start';
import { GridWorkerStart } from './grid-worker-start';
import { PresenterStart } from './presenter-start';
import { KeyHints, StartHeader } from './start-header';
import { SupervisorStart } from './supervisor-start';
import '../cases/cases.css';
import './workbench.css';

const SCREENS: Record<Exclude<Role, 'display'>, { screen: ComponentType; motto: string }> = {
  admin: { screen: AdminStart, motto: '全镇概况与系统状态' },
  director: { screen: DirectorStart, motto: '全镇网格化服务管理概况' },
  dispatcher: { screen: DispatcherStart, motto: '日清日毕，今日事今日毕' },
  department_handler: { screen: DepartmentStart, motto: '按期处置，件件有回音' },
  supervisor: { screen: SupervisorStart, motto: '督导片区，问题不过夜' },
  grid_worker: { screen: GridWorkerStart, motto: '网格在身边，服务零距离' },
  presenter: { screen: PresenterStart, motto: '例会汇报' },
};

export function StartPage() {
  const { user } = useSession();
  if (!user || user.role === 'display') return null;
  const { screen: Screen, motto } = SCREENS[user.role];
  return (
    <div className="tgw-page" data-testid="workbench-page">
      <StartHeader motto={motto} />
      <CalendarWarning />
      <Screen />
      <KeyHints />
    </div>
  );
}
