// 责任区基本情况统计表: one row per grid of the chosen unit with its team and the ledger
// figures (people by residence type, care groups, houses, premises, facilities, special
// populations where the role may see them, open disputes), and a total row.
import type { CellValue } from '../../../../shared/registry/cell-parse';
import { SMALL_PREMISES_KINDS } from '../../../../shared/registry/registry-types';
import type { FormColumn } from '../../io/form-sheet';
import { formSheet } from '../../io/form-sheet';
import type { SheetSpec } from '../../io/workbook-spec';
import { can } from '../registry-access';
import { chineseDate, GAP, SIGNATURE, type FormContext } from './form-context';

type Counts = Map<string, number>;

function countBy(fc: FormContext, sql: string, ...params: unknown[]): Counts {
  const rows = fc.ctx.core.db.prepare(sql).all(...params) as { grid_id: string; n: number }[];
  return new Map(rows.map((r) => [r.grid_id, r.n]));
}

export function areaStatsForm(fc: FormContext): SheetSpec[] {
  const db = fc.ctx.core.db;
  const elderlyBorn = `${Number(fc.today.slice(0, 4)) - 60}${fc.today.slice(4)}`;
  const person = (cond: string, ...params: unknown[]) =>
    countBy(fc, `SELECT grid_id, count(*) AS n FROM person WHERE archived = 0 AND ${fc.inGrids('grid_id')} ${cond ? `AND ${cond}` : ''} GROUP BY grid_id`, ...params);
  const tag = (t: string) => person(`care_tags LIKE ?`, `%"${t}"%`);
  const special = can(fc.ctx, 'special.read');
  const small = SMALL_PREMISES_KINDS.map((k) => `'${k}'`).join(', ');
  const figures: [string, Counts | null][] = [
    ['households', countBy(fc, `SELECT grid_id, count(*) AS n FROM household WHERE archived = 0 AND ${fc.inGrids('grid_id')} GROUP BY grid_id`)],
    ['population', person('')],
    ['registered', person(`residence_type = 'registered'`)],
    ['floating', person(`residence_type = 'floating'`)],
    ['separated', person(`residence_type = 'separated'`)],
    ['foreign', person(`residence_type = 'foreign'`)],
    ['elderly', person('birth_date <= ?', elderlyBorn)],
    ['disabled', tag('disabled')],
    ['low_income', tag('low_income')],
    ['left_behind', tag('left_behind_child')],
    ['houses', countBy(fc, `SELECT grid_id, count(*) AS n FROM house WHERE archived = 0 AND ${fc.inGrids('grid_id')} GROUP BY grid_id`)],
    ['rentals', countBy(fc, `SELECT grid_id, count(*) AS n FROM house WHERE archived = 0 AND ${fc.inGrids('grid_id')} AND is_rental = 1 GROUP BY grid_id`)],
    ['organisations', countBy(fc, `SELECT grid_id, count(*) AS n FROM organisation WHERE archived = 0 AND ${fc.inGrids('grid_id')} GROUP BY grid_id`)],
    ['small', countBy(fc, `SELECT grid_id, count(*) AS n FROM organisation WHERE archived = 0 AND ${fc.inGrids('grid_id')} AND kind IN (${small}) GROUP BY grid_id`)],
    ['facilities', countBy(fc, `SELECT grid_id, count(*) AS n FROM facility WHERE archived = 0 AND ${fc.inGrids('grid_id')} GROUP BY grid_id`)],
    ['special', special ? countBy(fc, `SELECT grid_id, count(*) AS n FROM special_person WHERE archived = 0 AND ${fc.inGrids('grid_id')} AND status = 'active' GROUP BY grid_id`) : null],
    ['disputes', countBy(fc, `SELECT grid_id, count(*) AS n FROM dispute WHERE archived = 0 AND ${fc.inGrids('grid_id')} AND status = 'open' GROUP BY grid_id`)],
  ];
  const team = db
    .prepare(
      `SELECT a.unit_id, a.team_role, group_concat(s.name, '、') AS names FROM staff_assignment a JOIN staff s ON s.id = a.staff_id AND s.archived = 0
       WHERE a.team_role IN ('leader', 'worker_full') GROUP BY a.unit_id, a.team_role`,
    )
    .all() as { unit_id: string; team_role: string; names: string }[];
  const teamOf = (gridId: string, role: string) => team.find((t) => t.unit_id === gridId && t.team_role === role)?.names ?? '';

  const columns: FormColumn[] = [
    { header: '序号', width: 6, center: true },
    { header: '村/社区', width: 12 },
    { header: '网格', width: 18 },
    { header: '网格长', width: 10, center: true },
    { header: '专职网格员', width: 12, center: true },
    { header: '户数', width: 8, center: true },
    { header: '实有人口', group: '人口（人）', width: 8, center: true },
    { header: '户籍', group: '人口（人）', width: 7, center: true },
    { header: '流动', group: '人口（人）', width: 7, center: true },
    { header: '人户分离', group: '人口（人）', width: 7, center: true },
    { header: '境外', group: '人口（人）', width: 6, center: true },
    { header: '60岁以上', group: '重点关爱（人）', width: 8, center: true },
    { header: '残疾人', group: '重点关爱（人）', width: 7, center: true },
    { header: '低保', group: '重点关爱（人）', width: 6, center: true },
    { header: '留守儿童', group: '重点关爱（人）', width: 7, center: true },
    { header: '房屋', group: '房屋（处）', width: 7, center: true },
    { header: '出租房屋', group: '房屋（处）', width: 7, center: true },
    { header: '单位场所', group: '单位场所（个）', width: 7, center: true },
    { header: '九小场所', group: '单位场所（个）', width: 7, center: true },
    { header: '部件设施（个）', width: 8, center: true },
    { header: '特殊人群（人）', width: 8, center: true },
    { header: '在调矛盾纠纷（件）', width: 9, center: true },
  ];
  const sums = figures.map(() => 0);
  const rows: CellValue[][] = fc.grids.map((g, i) => [
    i + 1,
    g.villageName,
    g.name,
    teamOf(g.id, 'leader'),
    teamOf(g.id, 'worker_full'),
    ...figures.map(([, counts], k) => {
      if (!counts) return '—';
      const n = counts.get(g.id) ?? 0;
      sums[k] += n;
      return n;
    }),
  ]);
  const total: CellValue[] = ['合计', null, `${fc.grids.length}个网格`, null, null, ...figures.map(([, c], k) => (c ? sums[k]! : '—'))];
  return [
    formSheet({
      name: '责任区基本情况统计表',
      title: '责任区基本情况统计表',
      info: `填报单位：${fc.unitName}${GAP}统计日期：${chineseDate(fc.today)}`,
      columns,
      rows,
      total: fc.grids.length > 1 ? total : undefined,
      footer: SIGNATURE,
      paper: fc.paper,
    }),
  ];
}
