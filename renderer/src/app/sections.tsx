// The navigation sections of SPEC.md and who may see them.
import {
  ApartmentOutlined,
  BarChartOutlined,
  BookOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../shared/auth/roles';

export interface Section {
  key: string;
  path: string;
  label: string;
  icon: ReactNode;
  /** Needed to see the section; none = any signed-in staff account. */
  permission?: Permission;
}

export const SECTIONS: Section[] = [
  {
    key: 'workbench',
    path: '/workbench',
    label: '工作台',
    icon: <DashboardOutlined />,
  },
  {
    key: 'cases',
    path: '/cases',
    label: '事件办理',
    icon: <FileDoneOutlined />,
    permission: 'cases.read',
  },
  {
    key: 'registry',
    path: '/registry',
    label: '基础台账',
    icon: <BookOutlined />,
    permission: 'registry.read',
  },
  {
    key: 'map',
    path: '/map',
    label: '网格地图',
    icon: <EnvironmentOutlined />,
    permission: 'org.read',
  },
  {
    key: 'routine',
    path: '/routine',
    label: '网格员工作',
    icon: <TeamOutlined />,
    permission: 'routine.read',
  },
  {
    key: 'meetings',
    path: '/meetings',
    label: '例会',
    icon: <FundProjectionScreenOutlined />,
    permission: 'meetings.read',
  },
  {
    key: 'assessment',
    path: '/assessment',
    label: '考核评价',
    icon: <TrophyOutlined />,
    permission: 'assessment.read',
  },
  { key: 'reports', path: '/reports', label: '统计报表', icon: <FileTextOutlined />, permission: 'reports.read' },
  { key: 'board', path: '/board', label: '指挥大屏', icon: <BarChartOutlined />, permission: 'board.read' },
  { key: 'org', path: '/org', label: '组织架构', icon: <ApartmentOutlined />, permission: 'org.read' },
  { key: 'settings', path: '/settings', label: '系统设置', icon: <SettingOutlined /> },
];

export function visibleSections(can: (p: Permission) => boolean, isDisplay: boolean): Section[] {
  if (isDisplay) return SECTIONS.filter((s) => s.key === 'board');
  return SECTIONS.filter((s) => !s.permission || can(s.permission));
}
