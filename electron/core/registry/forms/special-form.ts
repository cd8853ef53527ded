// 重点特殊人员基本信息登记表 (needs 'special.read'): the special-population people of each
// grid with supervision level, helper and visits.
import { GENDER_LABELS, SPECIAL_KIND_LABELS, SPECIAL_STATUS_LABELS, SUPERVISION_LEVEL_LABELS } from '../../../../shared/registry/registry-types';
import type { SpecialKind, SpecialStatus, SupervisionLevel } from '../../../../shared/registry/registry-types';
import { formSheet } from '../../io/form-sheet';
import type { SheetSpec } from '../../io/workbook-spec';
import { byGrid, chineseDate, GAP, SIGNATURE, type FormContext } from './form-context';
import { perGridSheets } from './grid-sheets';

interface Row {
  grid_id: string;
  name: string;
  gender: 'M' | 'F' | null;
  birth_date: string | null;
  citizen_id: string;
  kind: SpecialKind;
  supervision_level: SupervisionLevel;
  address: string | null;
  phone: string | null;
  start_date: string | null;
  helper_name: string | null;
  helper_phone: string | null;
  last_visit: string | null;
  visits: number;
  status: SpecialStatus;
  notes: string | null;
}

export function specialForm(fc: FormContext): SheetSpec[] {
  const rows = fc.ctx.core.db
    .prepare(
      `SELECT s.grid_id, p.name, p.gender, p.birth_date, p.citizen_id, s.kind, s.supervision_level, p.address, p.phone, s.start_date,
         s.helper_name, s.helper_phone, s.status, s.notes,
         (SELECT max(visit_date) FROM special_visit v WHERE v.special_id = s.id) AS last_visit,
         (SELECT count(*) FROM special_visit v WHERE v.special_id = s.id) AS visits
       FROM special_person s JOIN person p ON p.id = s.person_id
       WHERE s.archived = 0 AND ${fc.inGrids('s.grid_id')} ORDER BY s.grid_id, s.kind, p.name_py`,
    )
    .all() as Row[];
  return perGridSheets(fc, byGrid(rows), (grid, list, name) =>
    formSheet({
      name,
      title: '重点特殊人员基本信息登记表',
      info: `网格：${grid.name}${GAP}登记日期：${chineseDate(fc.today)}${GAP}共${list.length}人${GAP}（内部资料 注意保密）`,
      columns: [
        { header: '序号', width: 6, center: true },
        { header: '姓名', width: 9, center: true },
        { header: '性别', width: 5, center: true },
        { header: '出生日期', width: 11, center: true },
        { header: '公民身份号码', width: 20, text: true },
        { header: '人员类别', width: 14, center: true },
        { header: '管控级别', width: 11, center: true },
        { header: '现住址', width: 22 },
        { header: '联系电话', width: 13, text: true },
        { header: '列管日期', width: 11, center: true },
        { header: '帮扶责任人', width: 9, center: true },
        { header: '责任人电话', width: 13, text: true },
        { header: '最近走访', width: 11, center: true },
        { header: '走访次数', width: 6, center: true },
        { header: '状态', width: 7, center: true },
        { header: '备注', width: 10 },
      ],
      rows: list.map((r, i) => [
        i + 1,
        r.name,
        r.gender ? GENDER_LABELS[r.gender] : null,
        fc.birth(r.birth_date),
        fc.id(r.citizen_id),
        SPECIAL_KIND_LABELS[r.kind] ?? r.kind,
        SUPERVISION_LEVEL_LABELS[r.supervision_level] ?? r.supervision_level,
        r.address,
        fc.phone(r.phone),
        r.start_date,
        r.helper_name,
        r.helper_phone,
        r.last_visit,
        r.visits,
        SPECIAL_STATUS_LABELS[r.status] ?? r.status,
        r.notes,
      ]),
      footer: SIGNATURE,
      paper: fc.paper,
    }),
  );
}
