// Natural keys (docs/sync.md, "Natural keys"): values that name one person, unit or account and
// must not be registered twice — a citizen ID, a user name, a unit, department or category
// code, a case number — and the pairs a link table holds once. They are not UNIQUE in the
// schema (migration 0009): two PCs apart may each register the same person, and sync must
// neither stall on the collision nor drop a record. So:
// - a local write that would duplicate a key is refused here, by the change writer, inside the
//   write's transaction (one place for every rule);
// - after a received batch, duplicates whose every column is equal are merged the same way on
//   every PC (sync/duplicate-merge.ts); the others are kept and listed for a person to merge.
import type { SyncedTableName } from '../../../shared/db/tables';
import { AppError } from '../../../shared/rpc/errors';
import type { ReadDb } from '../db/read-db';

export interface NaturalKey {
  table: SyncedTableName;
  /** What the records are, for people (人员, 组织单元 …). */
  tableLabel: string;
  columns: readonly string[];
  /** What the key is called, for people (身份证号, 用户名 …). */
  label: string;
  /** SQL (over the table's columns) that shows the key's value to people; default: the columns joined. */
  valueSql?: string;
  /** SQL (over the table's columns) that names a record in a list or a message. */
  summarySql: string;
  /** Personal data: the value is masked for callers without 敏感信息 access, and a refusal does not name the holder. */
  personal?: boolean;
  /**
   * Why records of this table cannot be merged by redirecting their references (e.g. a case's
   * timeline is insert-only): they are listed for people, never merged automatically.
   */
  notMergeable?: string;
  /**
   * SQL (over the table's columns) that the records holding the key meet; the others hold none
   * (an ad-hoc or cancelled meeting does not take its kind's day). Default: every record.
   */
  where?: string;
  /** The refusal of a local write that would duplicate the key. */
  refusal(value: string, holder: string): string;
}

export const NATURAL_KEYS: readonly NaturalKey[] = [
  {
    table: 'user_account',
    tableLabel: '账号',
    columns: ['username'],
    label: '用户名',
    summarySql: "display_name || '（' || username || '）'",
    refusal: (v) => `用户名“${v}”已存在`,
  },
  {
    table: 'org_unit',
    tableLabel: '组织单元',
    columns: ['code'],
    label: '编码',
    summarySql: 'name',
    refusal: (v, h) => `编码“${v}”已被“${h}”使用`,
  },
  {
    table: 'department',
    tableLabel: '职能部门',
    columns: ['code'],
    label: '部门编码',
    summarySql: 'name',
    refusal: (v, h) => `部门编码“${v}”已被“${h}”使用`,
  },
  {
    table: 'case_category',
    tableLabel: '事件分类',
    columns: ['code'],
    label: '分类编码',
    summarySql: 'name',
    refusal: (v, h) => `分类编码“${v}”已被“${h}”使用`,
  },
  {
    table: 'calendar_year',
    tableLabel: '节假日安排',
    columns: ['year'],
    label: '年份',
    summarySql: "year || '年节假日安排'",
    refusal: (v) => `${v}年的节假日安排已存在`,
  },
  {
    table: 'case_record',
    tableLabel: '案件',
    columns: ['number'],
    label: '案件编号',
    summarySql: 'title',
    notMergeable: '编号相同的两件案件不能在此合并（案件时间线只增不改）：请在案件页核对，确属重复的用“合并为重复事件”办理',
    refusal: (v, h) => `案件编号“${v}”已被“${h}”使用`,
  },
  {
    table: 'person',
    tableLabel: '实有人口',
    columns: ['citizen_id'],
    label: '身份证号',
    summarySql: 'name',
    personal: true,
    refusal: () => '该身份证号已登记，请勿重复录入',
  },
  {
    table: 'facility',
    tableLabel: '部件设施',
    columns: ['code'],
    label: '部件编码',
    summarySql: "coalesce(name, kind || '部件')",
    refusal: (v) => `部件编码“${v}”已存在`,
  },
  {
    table: 'grid_neighbor',
    tableLabel: '相邻网格',
    columns: ['unit_id', 'neighbor_id'],
    label: '相邻网格',
    valueSql: "coalesce((SELECT name FROM org_unit u WHERE u.id = unit_id), unit_id) || ' — ' || coalesce((SELECT name FROM org_unit u WHERE u.id = neighbor_id), neighbor_id)",
    summarySql: "'相邻关系'",
    refusal: () => '这两个网格已登记为相邻',
  },
  {
    table: 'staff_assignment',
    tableLabel: '人员任职',
    columns: ['staff_id', 'unit_id', 'team_role'],
    label: '人员·单元·岗位',
    valueSql:
      "coalesce((SELECT name FROM staff s WHERE s.id = staff_id), staff_id) || ' · ' || coalesce((SELECT name FROM org_unit u WHERE u.id = unit_id), unit_id) || ' · ' || team_role",
    summarySql: "coalesce(post, team_role)",
    refusal: () => '该人员在这个单元已有相同的岗位',
  },
  {
    // One day's log per worker: two PCs apart may each have started it.
    table: 'work_log',
    tableLabel: '工作日志',
    columns: ['staff_id', 'work_date'],
    label: '网格员·日期',
    valueSql: "coalesce((SELECT name FROM staff s WHERE s.id = staff_id), staff_id) || ' · ' || work_date",
    summarySql: "CASE status WHEN 'submitted' THEN '已提交' ELSE '草稿' END || '：' || substr(coalesce(observations, ''), 1, 30)",
    refusal: () => '该网格员当天已有工作日志',
  },
  {
    // One visit per household and day (docs/routine.md): two PCs apart may each have recorded it.
    table: 'household_visit',
    tableLabel: '入户走访',
    columns: ['household_id', 'visit_date'],
    label: '户·走访日期',
    valueSql: "coalesce((SELECT household_no FROM household h WHERE h.id = household_id), household_id) || ' · ' || visit_date",
    summarySql: "coalesce((SELECT name FROM staff s WHERE s.id = staff_id), '') || '走访：' || substr(coalesce(situation, ''), 1, 30)",
    refusal: () => '该户当天已有走访记录',
  },
  {
    // One verification per visit (docs/routine.md "入户核实"): its id is the visit's, so only a merge of two visits makes two.
    table: 'visit_verification',
    tableLabel: '入户核实',
    columns: ['visit_id'],
    label: '走访记录',
    valueSql: "coalesce((SELECT s.name || ' · ' || v.visit_date FROM household_visit v JOIN staff s ON s.id = v.staff_id WHERE v.id = visit_id), visit_id)",
    summarySql: "coalesce(CASE outcome WHEN 'accurate' THEN '属实' WHEN 'inaccurate' THEN '不属实' WHEN 'unverified' THEN '未核实' END, '待核实') || '：' || substr(coalesce(note, ''), 1, 30)",
    refusal: () => '该走访记录已抽入核实样本',
  },
  {
    // One assessment per level and period (docs/assessment.md): two PCs apart may each have opened it.
    table: 'assessment_run',
    tableLabel: '考核',
    columns: ['level', 'period_key'],
    label: '考核对象·考核期',
    valueSql: "CASE level WHEN 'grid' THEN '网格' WHEN 'village' THEN '村/社区' ELSE '网格员' END || ' · ' || period_key",
    summarySql: "CASE status WHEN 'frozen' THEN '已定版' ELSE '进行中' END",
    notMergeable: '同一考核期的两份考核不能在此合并（考核的历史记录只增不改）：请核对后保留一份，另一份不再使用',
    refusal: () => '该考核期的考核已存在',
  },
  {
    // One dispute screening per grid and half month (routine/screenings.ts).
    table: 'dispute_screening',
    tableLabel: '矛盾纠纷排查',
    columns: ['grid_id', 'period'],
    label: '网格·半月',
    valueSql: "coalesce((SELECT name FROM org_unit u WHERE u.id = grid_id), grid_id) || ' · ' || period",
    summarySql: "screen_date || CASE none_found WHEN 1 THEN '：未发现矛盾纠纷' ELSE '：发现矛盾纠纷' END",
    refusal: () => '该网格本半月已登记矛盾纠纷排查',
  },
  {
    table: 'dispute_person',
    tableLabel: '纠纷关联人员',
    columns: ['dispute_id', 'person_id'],
    label: '纠纷·人员',
    summarySql: "'关联人员'",
    refusal: () => '该人员已关联到这件纠纷',
  },
  {
    table: 'dispute_case',
    tableLabel: '纠纷关联事件',
    columns: ['dispute_id', 'case_id'],
    label: '纠纷·事件',
    summarySql: "'关联事件'",
    refusal: () => '该事件已关联到这件纠纷',
  },
  {
    // One roster entry per day (routine/duty-roster.ts).
    table: 'duty_roster',
    tableLabel: '值班表',
    columns: ['duty_date'],
    label: '值班日期',
    summarySql: "duty_date || ' 值班安排'",
    refusal: (v) => `${v}已有值班安排`,
  },
  {
    // One satisfaction survey per grid and half-year (assessment/surveys.ts).
    table: 'satisfaction_survey',
    tableLabel: '满意度测评',
    columns: ['grid_id', 'half_year'],
    label: '网格·半年',
    valueSql: "coalesce((SELECT name FROM org_unit u WHERE u.id = grid_id), grid_id) || ' · ' || half_year",
    summarySql: "survey_date || ' 测评' || score || '分（样本' || sample_size || '份）'",
    refusal: () => '该网格本半年的满意度测评已登记',
  },
  {
    // One scheduled meeting per kind, day and scope (docs/meetings.md); ad-hoc and cancelled meetings hold no day.
    table: 'meeting',
    tableLabel: '会议',
    columns: ['kind', 'meeting_date', 'scope_unit_id'],
    where: "kind <> 'adhoc' AND status IS NOT 'cancelled'",
    label: '会议类型·日期·范围',
    valueSql:
      "CASE kind WHEN 'morning' THEN '早例会' WHEN 'weekly' THEN '周例会' WHEN 'monthly' THEN '月总结会' WHEN 'joint' THEN '季度联席会议' ELSE kind END || ' · ' || meeting_date || ' · ' || coalesce((SELECT name FROM org_unit u WHERE u.id = scope_unit_id), scope_unit_id)",
    summarySql: "meeting_date || ' ' || title",
    notMergeable: '同一天同类的两次会议不能在此合并（各有议程、签到和纪要）：请核对后取消其中一次',
    refusal: (_v, h) => `${h}已存在`,
  },
];

const BY_TABLE = new Map<string, NaturalKey>(NATURAL_KEYS.map((k) => [k.table, k]));

export function naturalKeyOf(table: string): NaturalKey | undefined {
  return BY_TABLE.get(table);
}

const whereKey = (key: NaturalKey) => key.columns.map((c) => `${c} = ?`).join(' AND ');

/** The records (other than `exceptId`) that hold the key `values` carry, smallest id first. */
export function keyHolders(db: ReadDb, key: NaturalKey, values: Record<string, unknown>, exceptId?: string): { id: string; summary: string }[] {
  const params = key.columns.map((c) => values[c] ?? null);
  if (params.some((p) => p === null)) return [];
  return db
    .cached(`SELECT id, ${key.summarySql} AS summary FROM ${key.table} WHERE ${whereKey(key)} AND id IS NOT ?${key.where ? ` AND (${key.where})` : ''} ORDER BY id`)
    .all(...params, exceptId ?? null) as { id: string; summary: string }[];
}

/** Whether a record of `table` with `values` (its columns after the write; one not given is NULL) meets a key's `where`. */
function meetsWhere(db: ReadDb, table: string, where: string, values: Record<string, unknown>): boolean {
  const cols = (db.cached('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(table) as { name: string }[]).map((c) => c.name);
  return !!db.cached(`SELECT 1 FROM (SELECT ${cols.map((c) => `? AS ${c}`).join(', ')}) WHERE ${where}`).get(...cols.map((c) => values[c] ?? null));
}

/**
 * Refuses a local write that would give record `id` of `table` a key another record holds.
 * `values` are the record's columns after the write (at least its key columns, and those its `where` names).
 */
export function assertKeyFree(db: ReadDb, table: string, id: string, values: Record<string, unknown>): void {
  const key = BY_TABLE.get(table);
  if (!key) return;
  if (key.where && !meetsWhere(db, table, key.where, values)) return;
  const holder = keyHolders(db, key, values, id)[0];
  if (!holder) return;
  const value = key.columns.map((c) => String(values[c])).join(' · ');
  throw new AppError('CONFLICT', key.refusal(value, key.personal ? '' : String(holder.summary ?? '')));
}
