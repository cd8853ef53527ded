// Pure helpers over the flat unit list: tree building, search, next code, allowed parents.
import { match } from 'pinyin-pro';
import { ALLOWED_PARENT, UNIT_KINDS, type OrgUnit, type UnitKind } from '../../../../shared/org/org-types';

export const CHILD_CODE_DIGITS = 3;

export interface UnitIndex {
  byId: Map<string, OrgUnit>;
  children: Map<string | null, OrgUnit[]>;
}

export function indexUnits(units: readonly OrgUnit[]): UnitIndex {
  const byId = new Map<string, OrgUnit>();
  const children = new Map<string | null, OrgUnit[]>();
  for (const u of units) {
    byId.set(u.id, u);
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  return { byId, children };
}

/**
 * The units an account with a grid scope works in: its grids, the units above them and the
 * micro-grids/buildings below them; every unit when `grids` is null (not limited by grid).
 */
export function unitsOfGrids(units: readonly OrgUnit[], grids: readonly string[] | null): OrgUnit[] {
  if (grids === null) return [...units];
  const index = indexUnits(units);
  const keep = new Set<string>();
  for (const id of grids) {
    if (!index.byId.has(id)) continue;
    for (const u of ancestry(index, id)) keep.add(u.id);
    for (const d of descendantIds(index, id)) keep.add(d);
  }
  return units.filter((u) => keep.has(u.id));
}

/** The chain town → … → unit. */
export function ancestry(index: UnitIndex, id: string): OrgUnit[] {
  const chain: OrgUnit[] = [];
  let u = index.byId.get(id);
  while (u) {
    chain.unshift(u);
    u = u.parentId ? index.byId.get(u.parentId) : undefined;
  }
  return chain;
}

export function descendantIds(index: UnitIndex, id: string): Set<string> {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const c of index.children.get(cur) ?? []) {
      out.add(c.id);
      stack.push(c.id);
    }
  }
  return out;
}

/** Sums of the active grids under a unit (a grid sums to itself). */
export function gridTotals(index: UnitIndex, id: string) {
  const unit = index.byId.get(id);
  const totals = { grids: 0, households: 0, populationRegistered: 0, populationFloating: 0 };
  if (!unit) return totals;
  const ids = unit.kind === 'grid' ? new Set([id]) : descendantIds(index, id);
  for (const gid of ids) {
    const g = index.byId.get(gid);
    if (!g || g.kind !== 'grid' || g.archived) continue;
    totals.grids += 1;
    totals.households += g.households;
    totals.populationRegistered += g.populationRegistered;
    totals.populationFloating += g.populationFloating;
  }
  return totals;
}

/** Whether a search text matches a unit by name, code, or pinyin (全拼 or initials). */
export function unitMatches(unit: OrgUnit, text: string): boolean {
  const q = text.trim().toLowerCase();
  if (!q) return true;
  if (unit.name.toLowerCase().includes(q) || unit.code.includes(q)) return true;
  return /^[a-z]+$/.test(q) && match(unit.name, q, { continuous: true }) !== null;
}

/** Units to show for a search: the matches plus their ancestors (so the tree stays a tree). */
export function visibleForSearch(index: UnitIndex, units: readonly OrgUnit[], text: string): Set<string> | null {
  if (!text.trim()) return null;
  const keep = new Set<string>();
  for (const u of units) {
    if (!unitMatches(u, text)) continue;
    for (const a of ancestry(index, u.id)) keep.add(a.id);
  }
  return keep;
}

/** Kinds that may be created directly under a parent kind. */
export function childKindsOf(parentKind: UnitKind): UnitKind[] {
  return UNIT_KINDS.filter((k) => ALLOWED_PARENT[k].includes(parentKind));
}

/** The next free child code: parent code + 3 digits, one past the highest sibling. */
export function suggestChildCode(index: UnitIndex, parent: OrgUnit): string | null {
  let max = 0;
  for (const c of index.children.get(parent.id) ?? []) {
    if (c.code.startsWith(parent.code) && c.code.length === parent.code.length + CHILD_CODE_DIGITS) {
      max = Math.max(max, Number(c.code.slice(parent.code.length)));
    }
  }
  if (max >= 999) return null;
  return parent.code + String(max + 1).padStart(CHILD_CODE_DIGITS, '0');
}

/** Units a unit may be moved under: allowed kind, active, not itself or below itself. */
export function moveTargets(index: UnitIndex, units: readonly OrgUnit[], unit: OrgUnit): OrgUnit[] {
  const below = descendantIds(index, unit.id);
  return units.filter((u) => !u.archived && u.id !== unit.id && !below.has(u.id) && ALLOWED_PARENT[unit.kind].includes(u.kind));
}
