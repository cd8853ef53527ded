// The audit log of sensitive reads and of writes (SPEC §7, PIPL): the registry's, and the
// cases domain's reads and exports of reporters' phone numbers in full.

export const AUDIT_ACTION_LABELS = {
  'read.person': '查看人员详情（含敏感信息）',
  'read.house': '查看房屋详情（含敏感信息）',
  'read.special': '查看特殊人群',
  'read.history': '查看修改记录（含敏感信息）',
  'reveal.list': '查看台账明文',
  'lookup.exact': '按身份证号或电话精确查找（脱敏账号）',
  export: '导出台账',
  form: '导出台账表格',
  import: '导入台账',
  write: '修改台账',
  boundaries: '导入网格边界',
  neighbors: '调整相邻网格',
  photo: '设置工作人员照片',
  'read.case': '查看事件详情（含反映人电话）',
  'export.cases': '导出事件（含反映人电话）',
  'reveal.phone': '查看反映人电话（回访）',
  login: '登录',
  'login.failed': '登录失败',
  logout: '退出登录',
  'password.change': '修改本人密码',
  'account.create': '新建账号',
  'account.update': '修改账号（角色、停用、密码）',
  'audit.export': '导出审计日志',
  'audit.verify': '校验审计日志完整性',
  setup: '首次设置（创建管理员）',
  'staff.assign': '调整网格员负责的网格',
  'staff.unassign': '撤销网格员负责的网格',
  'emergency.ack': '确认收到突发事件（解除大屏警报）',
  'leave.save': '登记网格员请假与替岗',
  'leave.cancel': '取消网格员请假',
  'verification.draw': '抽取入户核实样本',
  'verification.record': '登记入户核实结果',
  'verification.rates': '修改入户核实抽查比例',
  'visit.save': '登记或修改入户走访记录',
  'visit.settings': '修改入户走访频次',
  'backup.create': '备份数据',
  'backup.restore': '准备从备份恢复数据',
  'backup.export': '导出全部数据（迁移到新电脑）',
  'backup.import': '导入备份文件',
  'backup.policy': '修改自动备份设置',
  'database.rekey': '更换数据库密钥',
  'sync.accept': '接受设备配对',
  'sync.connect': '连接或配对同步设备',
  'sync.revoke': '撤销同步设备',
  'sync.discard': '丢弃隔离的同步记录',
  'duplicates.merge': '合并重复记录（同步后）',
  'assessment.scheme': '保存考核方案',
  'survey.save': '登记满意度测评',
  'assessment.freeze': '考核定版',
  'assessment.reopen': '重新打开已定版的考核',
  'assessment.export': '导出考核督查专报或得分表',
  'meeting.create': '安排会议（生成议程）',
  'meeting.finish': '结束会议',
  'meeting.cancel': '取消会议',
  'meeting.minutes': '修改已结束会议的纪要',
  'meeting.export': '导出会议纪要、议程、幻灯片或签到表',
  'board.page': '保存大屏页面',
  'board.archivePage': '删除大屏页面',
  'board.reorder': '调整大屏页面顺序',
  'board.playlist': '保存大屏轮播',
  'board.archivePlaylist': '删除大屏轮播',
  'board.activate': '切换大屏轮播',
  'board.pin': '固定或取消固定大屏页面',
  'report.export': '导出工作月报或季报',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** What an entry is about (its `table`: a table or a ledger), in Chinese for the viewer and the export. */
export const AUDIT_TABLE_LABELS: Record<string, string> = {
  user_account: '账号',
  org_unit: '组织与网格',
  staff_assignment: '网格力量分配',
  staff_leave: '网格员请假',
  visit_verification: '入户核实',
  staff_photo: '工作人员照片',
  case_record: '事件',
  person: '人员',
  household: '户',
  house: '房屋',
  building: '楼栋',
  organisation: '单位场所',
  facility: '部件设施',
  dispute: '矛盾纠纷',
  special: '特殊人群',
  special_person: '特殊人群',
  special_visit: '特殊人群走访',
  audit_log: '审计日志',
  case_event: '事件处置记录',
  case_attachment: '事件附件',
  sync_peer: '同步设备',
  setting: '系统设置',
  meeting: '会议',
  department: '部门',
  staff: '工作人员',
  case_category: '事件分类',
  calendar_year: '节假日安排',
  grid_neighbor: '相邻网格',
  assessment_run: '考核',
  assessment_scheme: '考核方案',
  board_page: '大屏页面',
  board_playlist: '大屏轮播',
  board_wall: '大屏固定页面与当前轮播',
};

export function auditTableLabel(table: string | null): string {
  return table ? (AUDIT_TABLE_LABELS[table] ?? table) : '';
}

export interface AuditEntry {
  seq: number;
  at: string;
  deviceId: string;
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  action: string;
  actionLabel: string;
  table: string | null;
  recordId: string | null;
  detail: string | null;
  /** The row's link in the hash chain (hex SHA-256 of the previous hash and this row's fields). */
  hash: string;
}

/** What went wrong at the first broken place of the chain. */
export type AuditBreakKind = 'altered' | 'missing' | 'truncated' | 'beyond-head' | 'no-head';

export interface AuditVerifyResult {
  ok: boolean;
  /** Rows whose link was checked. */
  checked: number;
  /** The checkpoint the walk ended against: the last row the log's writer appended. */
  headSeq: number;
  headHash: string | null;
  /** The first broken place, or null when the chain is intact. */
  broken: { seq: number; kind: AuditBreakKind; message: string } | null;
  /** When the verification ran (ISO 8601). */
  verifiedAt: string;
}
