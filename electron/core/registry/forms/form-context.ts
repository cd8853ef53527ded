// What every handbook form needs: the grids it covers, masking, dates and names.
import { maskCitizenId, maskPhone } from '../../../../shared/registry/citizen-id';
import { MASKED_DATE } from '../../../../shared/registry/fields/field-def';
import { can } from '../registry-access';
import type { PaperSize } from '../../../../shared/registry/handbook-forms';
import type { CallContext } from '../../rpc/handler-types';
import { readSetting, SETTING_KEYS, type TownSetting } from '../../settings/settings-repo';
import { withinScope } from '../registry-scope';
import { chinaToday, loadGrids, type GridInfo } from '../unit-scope';
import { unitGrids } from '../../org/unit-grids';

export interface FormContext {
  ctx: CallContext;
  grids: GridInfo[];
  /** SQL limiting `column` to the form's grids (the unit asked for, within the caller's scope); '1' for the whole town. */
  inGrids(column: string): string;
  /** Whether one grid was asked for (then its sheet is produced even when empty). */
  single: boolean;
  unitName: string;
  townName: string;
  today: string;
  paper: PaperSize;
  plain: boolean;
  id(v: string | null): string | null;
  phone(v: string | null): string | null;
  /** A birth date, masked with the ID (it is part of it). */
  birth(v: string | null): string | null;
}

export function formContext(ctx: CallContext, unitId: string | undefined, plain: boolean, paper: PaperSize): FormContext {
  const db = ctx.core.db;
  const scope = withinScope(ctx, unitGrids(db, unitId));
  const all = loadGrids(db, false);
  const grids = scope ? all.filter((g) => scope.includes(g.id)) : all;
  // Grid ids are the database's own ULIDs; quoted as an SQL string all the same.
  const idList = scope ? `'${JSON.stringify(scope).replace(/'/g, "''")}'` : null;
  const town = readSetting<TownSetting | null>(db, SETTING_KEYS.town, null);
  const unit = unitId ? (db.prepare('SELECT name, kind FROM org_unit WHERE id = ?').get(unitId) as { name: string; kind: string } | undefined) : undefined;
  return {
    ctx,
    grids,
    inGrids: (column) => (idList ? `${column} IN (SELECT value FROM json_each(${idList}))` : '1'),
    single: unit?.kind === 'grid',
    unitName: unit?.name ?? town?.name ?? '全镇',
    townName: town?.name ?? '',
    today: chinaToday(ctx.core.now()),
    paper,
    plain,
    id: (v) => (v ? (plain ? v : maskCitizenId(v)) : null),
    phone: (v) => (v ? (plain ? v : maskPhone(v)) : null),
    birth: (v) => (v ? (plain || can(ctx, 'sensitive.read') ? v : MASKED_DATE) : null),
  };
}

export function chineseDate(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** Ideographic spaces between items of a form's information line. */
export const GAP = '\u3000\u3000\u3000\u3000';

export const SIGNATURE = '填表人：　　　　　　　　审核人：　　　　　　　　联系电话：';

/** Data rows grouped by grid id, in the form's grid order. */
export function byGrid<T extends { grid_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.grid_id);
    if (list) list.push(r);
    else out.set(r.grid_id, [r]);
  }
  return out;
}
