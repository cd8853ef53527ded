// 出租房屋商铺登记表: every rented house or shop of each grid with its landlord and, one line
// each, its tenants (the people of the ledger living there); the house's cells span its
// tenants' lines as on the paper form.
import type { CellValue } from '../../../../shared/registry/cell-parse';
import { HOUSE_USAGE_LABELS, RENTAL_USE_LABELS, type HouseUsage, type RentalUse } from '../../../../shared/registry/registry-types';
import { formSheet } from '../../io/form-sheet';
import type { SheetSpec } from '../../io/workbook-spec';
import { byGrid, chineseDate, GAP, SIGNATURE, type FormContext } from './form-context';
import { perGridSheets } from './grid-sheets';

interface HouseRow {
  id: string;
  grid_id: string;
  address: string;
  unit: string | null;
  room: string | null;
  usage: HouseUsage;
  rental_use: RentalUse | null;
  area_m2: number | null;
  landlord_name: string | null;
  landlord_citizen_id: string | null;
  landlord_phone: string | null;
  landlord_person_id: string | null;
  occupants: number | null;
  notes: string | null;
}

interface TenantRow {
  house_id: string;
  id: string;
  name: string;
  citizen_id: string;
  phone: string | null;
}

const HOUSE_COLUMNS = 6;

export function rentalsForm(fc: FormContext): SheetSpec[] {
  const db = fc.ctx.core.db;
  const houses = db
    .prepare(
      `SELECT id, grid_id, address, unit, room, usage, rental_use, area_m2, landlord_name, landlord_citizen_id, landlord_phone, landlord_person_id, occupants, notes
       FROM house WHERE archived = 0 AND ${fc.inGrids('grid_id')} AND is_rental = 1 ORDER BY grid_id, address_key`,
    )
    .all() as HouseRow[];
  const tenants = new Map<string, TenantRow[]>();
  for (const t of db
    .prepare(
      `SELECT p.house_id, p.id, p.name, p.citizen_id, p.phone FROM person p JOIN house h ON h.id = p.house_id
       WHERE h.is_rental = 1 AND h.archived = 0 AND ${fc.inGrids('h.grid_id')} AND p.archived = 0 ORDER BY p.house_id, p.household_id, p.birth_date`,
    )
    .all() as TenantRow[]) {
    const list = tenants.get(t.house_id) ?? [];
    list.push(t);
    tenants.set(t.house_id, list);
  }
  return perGridSheets(fc, byGrid(houses), (grid, list, name) => {
    const rows: CellValue[][] = [];
    const merges: [number, number, number][] = [];
    list.forEach((h, i) => {
      const people = (tenants.get(h.id) ?? []).filter((t) => t.id !== h.landlord_person_id);
      const first = rows.length;
      const address = [h.address, h.unit, h.room].filter(Boolean).join(' ');
      const houseCells: CellValue[] = [
        i + 1,
        address,
        HOUSE_USAGE_LABELS[h.usage] ?? h.usage,
        h.rental_use ? RENTAL_USE_LABELS[h.rental_use] : null,
        h.area_m2,
        h.landlord_name,
      ];
      const tail = (t: TenantRow | undefined, firstLine: boolean): CellValue[] => [
        firstLine ? fc.id(h.landlord_citizen_id) : null,
        firstLine ? fc.phone(h.landlord_phone) : null,
        t?.name ?? null,
        t ? fc.id(t.citizen_id) : null,
        t ? fc.phone(t.phone) : null,
        firstLine ? (h.occupants ?? people.length) : null,
        firstLine ? h.notes : null,
      ];
      if (people.length === 0) rows.push([...houseCells, ...tail(undefined, true)]);
      people.forEach((t, k) => rows.push([...(k === 0 ? houseCells : houseCells.map(() => null)), ...tail(t, k === 0)]));
      const last = rows.length - 1;
      if (last > first) for (const col of [...Array(HOUSE_COLUMNS).keys(), 6, 7, 11, 12]) merges.push([col, first, last]);
    });
    return formSheet({
      name,
      title: '出租房屋商铺登记表',
      info: `网格：${grid.name}${GAP}登记日期：${chineseDate(fc.today)}${GAP}出租房屋（商铺）${list.length}处`,
      columns: [
        { header: '序号', width: 6, center: true },
        { header: '房屋地址', width: 26 },
        { header: '房屋用途', width: 8, center: true },
        { header: '出租用途', width: 8, center: true },
        { header: '面积（㎡）', width: 8, center: true },
        { header: '姓名', group: '房东（出租人）', width: 9, center: true },
        { header: '身份证号', group: '房东（出租人）', width: 20, text: true },
        { header: '联系电话', group: '房东（出租人）', width: 13, text: true },
        { header: '姓名', group: '承租人', width: 9, center: true },
        { header: '身份证号', group: '承租人', width: 20, text: true },
        { header: '联系电话', group: '承租人', width: 13, text: true },
        { header: '居住/经营人数', width: 8, center: true },
        { header: '备注', width: 12 },
      ],
      rows,
      dataMerges: merges,
      footer: SIGNATURE,
      paper: fc.paper,
    });
  });
}
