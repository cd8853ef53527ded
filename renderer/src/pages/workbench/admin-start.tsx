// 系统管理员's start screen: the director's view of the town with the system's state beside it.
import { DirectorStart } from './director-start';
import { SystemCard } from './system-card';

export function AdminStart() {
  return <DirectorStart side={<SystemCard />} testId="start-admin" />;
}
