// 流动人口登记表: the floating residents of each grid, one sheet per grid.
import { GENDER_LABELS } from '../../../../shared/registry/registry-types';
import { formSheet } from '../../io/form-sheet';
import type { SheetSpec } from '../../io/workbook-spec';
import { byGrid, chineseDate, GAP, SIGNATURE, type FormContext } from './form-context';
import { perGridSheets } from './grid-sheets';

interface Row {
  grid_id: string;
  name: string;
  gender: 'M' | 'F' | null;
  birth_date: string | null;
  ethnicity: string | null;
  citizen_id: string;
  household_address: string | null;
  address: string | null;
  arrival_date: string | null;
  residence_reason: string | null;
  employer: string | null;
  occupation: string | null;
  phone: string | null;
  permit_no: string | null;
  landlord_name: string | null;
  notes: string | null;
}

export function floatingForm(fc: FormContext): SheetSpec[] {
  const rows = fc.ctx.core.db
    .prepare(
      `SELECT p.grid_id, p.name, p.gender, p.birth_date, p.ethnicity, p.citizen_id, p.household_address, p.address, p.arrival_date,
         p.residence_reason, p.employer, p.occupation, p.phone, p.permit_no, h.landlord_name, p.notes
       FROM person p LEFT JOIN house h ON h.id = p.house_id
       WHERE p.archived = 0 AND ${fc.inGrids('p.grid_id')} AND p.residence_type = 'floating' ORDER BY p.grid_id, p.address, p.name_py`,
    )
    .all() as Row[];
  return perGridSheets(fc, byGrid(rows), (grid, list, name) =>
    formSheet({
      name,
      title: '流动人口登记表',
      info: `网格：${grid.name}${GAP}登记日期：${chineseDate(fc.today)}${GAP}共${list.length}人`,
      columns: [
        { header: '序号', width: 6, center: true },
        { header: '姓名', width: 9, center: true },
        { header: '性别', width: 5, center: true },
        { header: '出生日期', width: 11, center: true },
        { header: '民族', width: 6, center: true },
        { header: '公民身份号码', width: 20, text: true },
        { header: '户籍地址', width: 24 },
        { header: '现住址', width: 22 },
        { header: '来本地日期', width: 11, center: true },
        { header: '居住事由', width: 8, center: true },
        { header: '工作单位/职业', width: 18 },
        { header: '联系电话', width: 13, text: true },
        { header: '居住证号', width: 12, text: true },
        { header: '房东姓名', width: 9, center: true },
        { header: '备注', width: 10 },
      ],
      rows: list.map((r, i) => [
        i + 1,
        r.name,
        r.gender ? GENDER_LABELS[r.gender] : null,
        fc.birth(r.birth_date),
        r.ethnicity,
        fc.id(r.citizen_id),
        r.household_address,
        r.address,
        r.arrival_date,
        r.residence_reason,
        [r.employer, r.occupation].filter(Boolean).join('/') || null,
        fc.phone(r.phone),
        r.permit_no,
        r.landlord_name,
        r.notes,
      ]),
      footer: SIGNATURE,
      paper: fc.paper,
    }),
  );
}
