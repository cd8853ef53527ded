// Roles of SPEC §7 and the permissions each holds (least privilege).

export const ROLES = [
  'admin',
  'director',
  'dispatcher',
  'department_handler',
  'supervisor',
  'grid_worker',
  'presenter',
  'display',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  director: '中心主任',
  dispatcher: '受理调度员',
  department_handler: '部门处置人员',
  supervisor: '督导员',
  grid_worker: '网格员',
  presenter: '例会汇报人',
  display: '值班大屏',
};

export const PERMISSIONS = [
  'org.read',
  'org.write',
  'users.manage',
  'board.read',
  'settings.write',
  'sensitive.read',
  'cases.read',
  'cases.intake',
  'cases.dispatch',
  'cases.handle',
  'cases.verify',
  'cases.supervise',
  'catalogue.write',
  'calendar.write',
  'registry.read',
  'registry.write',
  'registry.import',
  'special.read',
  'routine.read',
  'routine.write',
  'routine.leave',
  'routine.verify',
  'routine.import',
  'assessment.read',
  'assessment.adjust',
  'assessment.manage',
  'routine.screening',
  'duty.write',
  'meetings.read',
  'meetings.write',
  'board.manage',
  'reports.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'org.read': '查看组织架构',
  'org.write': '维护组织架构',
  'users.manage': '管理账号',
  'board.read': '查看指挥大屏',
  'settings.write': '修改系统设置',
  'sensitive.read': '查看敏感信息（身份证号、电话）',
  'cases.read': '查看事件',
  'cases.intake': '登记受理事件',
  'cases.dispatch': '派遣事件',
  'cases.handle': '处置事件',
  'cases.verify': '核查评价事件',
  'cases.supervise': '督办事件',
  'catalogue.write': '维护事件分类与时限',
  'calendar.write': '维护节假日日历',
  'registry.read': '查看基础台账',
  'registry.write': '维护基础台账',
  'registry.import': '导入台账',
  'special.read': '查看特殊人群',
  'routine.read': '查看网格员工作（日志、完成情况）',
  'routine.write': '填写本人工作日志',
  'routine.leave': '登记网格员请假与AB岗替岗',
  'routine.verify': '入户核实（抽取样本、登记核实结果）',
  'routine.import': '导入纸质工作日志（本人或所管理网格的网格员）',
  'assessment.read': '查看考核评价与排名',
  'assessment.adjust': '登记考核加减分（附理由与依据）',
  'assessment.manage': '管理考核（方案、计算、审核加减分、定版）',
  'routine.screening': '登记矛盾纠纷排查与调解',
  'duty.write': '编排指挥中心值班表',
  'meetings.read': '查看例会（议程、纪要、任务）',
  'meetings.write': '组织例会（议程、签到、记录、任务销号、放映）',
  'board.manage': '配置指挥大屏（页面、轮播）',
  'reports.read': '查看与导出统计报表（全镇工作月报、季报）',
};

const ALL: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ALL,
  director: [
    'org.read', 'org.write', 'board.read', 'sensitive.read',
    'cases.read', 'cases.intake', 'cases.dispatch', 'cases.handle', 'cases.verify', 'cases.supervise', 'catalogue.write', 'calendar.write',
    'registry.read', 'registry.write', 'registry.import', 'special.read', 'routine.read', 'routine.leave', 'routine.import', 'routine.screening', 'duty.write',
    'assessment.read', 'assessment.adjust', 'assessment.manage', 'meetings.read', 'meetings.write', 'board.manage', 'reports.read',
  ],
  dispatcher: [
    'org.read', 'board.read', 'sensitive.read',
    'cases.read', 'cases.intake', 'cases.dispatch', 'cases.verify',
    'registry.read', 'routine.read', 'meetings.read', 'meetings.write', 'reports.read',
  ],
  department_handler: ['org.read', 'board.read', 'cases.read', 'cases.handle', 'registry.read'],
  supervisor: [
    'org.read', 'board.read', 'sensitive.read',
    'cases.read', 'cases.verify', 'cases.supervise',
    'registry.read', 'special.read', 'routine.read', 'routine.leave', 'routine.verify', 'routine.import', 'routine.screening', 'assessment.read', 'assessment.adjust', 'meetings.read',
  ],
  grid_worker: ['org.read', 'board.read', 'cases.read', 'cases.intake', 'cases.handle', 'cases.verify', 'registry.read', 'registry.write', 'registry.import', 'routine.read', 'routine.write', 'routine.import', 'routine.screening'],
  presenter: ['org.read', 'board.read', 'cases.read', 'routine.read', 'assessment.read', 'meetings.read', 'meetings.write'],
  display: ['board.read'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
