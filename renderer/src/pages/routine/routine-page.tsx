// 网格员工作 (日清周结): for a grid worker 「我的今天」 first; for supervisors and the centre the
// completeness table; household visits by class (走访); leave and A/B cover for those who record it;
// the half-monthly dispute screening (矛盾纠纷排查) with its mediations; the centre's duty roster (值班表) and who is at work.
import { Tabs } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { CompletenessView } from './completeness-view';
import { LeaveView } from './leave-view';
import { MyDayView } from './my-day';
import { VerificationView } from './verification-view';
import { ScreeningView } from './screening-view';
import { DutyView } from './duty-view';
import { VisitView } from './visit-view';
import './routine.css';

/** Today in Asia/Shanghai, YYYY-MM-DD (the core decides what is due; this only anchors the view). */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function RoutinePage() {
  const { user, can } = useSession();
  const [today] = useState(shanghaiToday);
  const isWorker = user?.role === 'grid_worker';
  const items = [
    ...(isWorker ? [{ key: 'today', label: '我的今天', children: <MyDayView /> }] : []),
    ...(isWorker ? [{ key: 'visits', label: '入户走访', children: <VisitView today={today} /> }] : []),
    ...(can('routine.read') ? [{ key: 'completeness', label: isWorker ? '本网格完成情况' : '日志完成情况', children: <CompletenessView today={today} /> }] : []),
    ...(can('routine.read') && !isWorker ? [{ key: 'visits', label: '走访情况', children: <VisitView today={today} /> }] : []),
    ...(can('routine.read') ? [{ key: 'leave', label: '请假与替岗', children: <LeaveView today={today} /> }] : []),
    ...(can('routine.read') ? [{ key: 'verification', label: '入户核实', children: <VerificationView today={today} /> }] : []),
    ...(can('routine.read') ? [{ key: 'screening', label: '矛盾纠纷排查', children: <ScreeningView today={today} /> }] : []),
    ...(can('routine.read') ? [{ key: 'duty', label: '值班表', children: <DutyView today={today} /> }] : []),
  ];
  return (
    <div className="tg-page tgr-page" data-testid="routine-page">
      <Tabs items={items} destroyOnHidden data-testid="routine-tabs" />
    </div>
  );
}
