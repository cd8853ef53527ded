// The default case catalogue (大类/小类) and time-limit rules every installation starts with.
//
// First-run setup writes these rows through the change writer. They carry fixed ids
// (ULID-shaped, time part zero) so the defaults are the same rows on every installation and
// later edits merge onto the same ids.
import type { HandlingType, ResponsibilityLevel } from '../../../shared/cases/case-types';
import type { WriteTx } from '../db/change-writer';

interface DefaultCategory {
  code: string;
  name: string;
  /** Code of the town department a dispatch defaults to (see DEFAULT_DEPARTMENTS). */
  department: string;
  handlingType?: HandlingType;
  /** The category's own limit in working days, if it differs from the level defaults. */
  days?: number;
  children: string[];
}

export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  { code: 'MDJF', name: '矛盾纠纷', department: 'SFS', handlingType: 'coordination', children: ['邻里纠纷', '婚姻家庭纠纷', '土地山林纠纷', '劳资纠纷', '物业纠纷', '征迁纠纷', '消费纠纷'] },
  { code: 'ZAYH', name: '治安隐患', department: 'PCS', handlingType: 'coordination', children: ['可疑人员', '治安案件线索', '黄赌毒线索', '电信网络诈骗', '群租房隐患', '寄递物流安全'] },
  { code: 'AQSC', name: '安全生产', department: 'AJZ', handlingType: 'coordination', children: ['企业安全隐患', '危险化学品', '建筑施工安全', '道路交通安全', '燃气使用安全', '特种设备'] },
  { code: 'XFYH', name: '消防隐患', department: 'AJZ', handlingType: 'coordination', children: ['消防通道堵塞', '电动车违规充电', '“三合一”场所', '消防设施损坏', '易燃物堆放'] },
  { code: 'HJWS', name: '环境卫生', department: 'CG', handlingType: 'general', children: ['垃圾乱堆乱放', '污水直排', '河道保洁', '露天焚烧', '噪声扰民', '餐饮油烟'] },
  { code: 'SZSS', name: '市政设施', department: 'CG', handlingType: 'coordination', children: ['道路破损', '路灯损坏', '井盖缺失破损', '排水管道堵塞', '供水管网漏水', '公共设施损坏'] },
  { code: 'WZJZ', name: '违章建筑', department: 'CG', handlingType: 'coordination', children: ['违法搭建', '违规占地建房', '违规改扩建', '临时建筑超期'] },
  { code: 'MSSQ', name: '民生诉求', department: 'MZB', handlingType: 'coordination', children: ['社会救助', '养老服务', '就业帮扶', '医疗保障', '入学入托', '水电气服务'] },
  { code: 'ZCZX', name: '政策咨询', department: 'SBS', handlingType: 'general', days: 2, children: ['社保政策', '惠农补贴', '户籍办理', '生育政策', '其他咨询'] },
  { code: 'TSRQ', name: '特殊人群动态', department: 'ZZB', handlingType: 'coordination', children: ['刑满释放人员', '社区矫正对象', '严重精神障碍患者', '社区戒毒康复人员', '重点青少年', '重点信访人员'] },
  { code: 'SPYP', name: '食品药品安全', department: 'SCJG', handlingType: 'coordination', children: ['无证经营', '过期变质食品', '药品安全', '农村家宴'] },
  { code: 'QT', name: '其他事项', department: 'ZZB', handlingType: 'general', children: ['其他'] },
];

/** Level and handling-type defaults of SPEC §3. */
export const DEFAULT_SLA_RULES: readonly { handlingType: HandlingType | null; level: ResponsibilityLevel | null; days: number; note: string }[] = [
  { handlingType: null, level: 'grid', days: 1, note: '网格内现场处置' },
  { handlingType: null, level: 'village', days: 3, note: '村/社区范围内解决' },
  { handlingType: null, level: 'town', days: 5, note: '镇职能部门办理' },
  { handlingType: null, level: 'county', days: 2, note: '超出镇权限，限期上报县级部门' },
  { handlingType: 'emergency', level: null, days: 1, note: '突发性事件，立即处置' },
];

/** A fixed ULID-shaped id: ten zero time characters, 'SEED', a kind letter and a number. */
export function seedId(kind: 'C' | 'R', n: number): string {
  return `0000000000SEED${kind}${String(n).padStart(11, '0')}`;
}

/** Writes the default catalogue and time limits through the change writer (first-run setup). */
export function seedDefaultCatalogue(tx: WriteTx): void {
  let n = 0;
  let r = 0;
  DEFAULT_CATEGORIES.forEach((c, i) => {
    const parentId = seedId('C', ++n);
    tx.insert('case_category', {
      id: parentId,
      parent_id: null,
      code: c.code,
      name: c.name,
      department_id: null,
      default_department_code: c.department,
      default_handling_type: c.handlingType ?? null,
      sort_order: (i + 1) * 10,
      archived: 0,
    });
    c.children.forEach((name, j) => {
      tx.insert('case_category', {
        id: seedId('C', ++n),
        parent_id: parentId,
        code: `${c.code}${String(j + 1).padStart(2, '0')}`,
        name,
        department_id: null,
        default_department_code: null,
        default_handling_type: null,
        sort_order: (j + 1) * 10,
        archived: 0,
      });
    });
    if (c.days !== undefined) {
      tx.insert('sla_rule', { id: seedId('R', ++r), category_id: parentId, handling_type: null, level: null, days: c.days, note: `${c.name}默认时限` });
    }
  });
  for (const rule of DEFAULT_SLA_RULES) {
    tx.insert('sla_rule', { id: seedId('R', ++r), category_id: null, handling_type: rule.handlingType, level: rule.level, days: rule.days, note: rule.note });
  }
}
