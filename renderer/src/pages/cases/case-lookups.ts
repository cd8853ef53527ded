// Reference data the cases screens pick from: villages and grids, the category tree and the
// departments. Each is one cached query shared by every screen.
import { pinyin } from 'pinyin-pro';
import { useMemo } from 'react';
import type { CaseCategory } from '../../../../shared/cases/catalogue-types';
import type { OrgUnit } from '../../../../shared/org/org-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';

export interface PickOption {
  value: string;
  label: string;
  /** Name plus pinyin initials, for type-ahead. */
  search: string;
}

const initialsCache = new Map<string, string>();
export function withInitials(name: string): string {
  let v = initialsCache.get(name);
  if (v === undefined) {
    v = `${name} ${pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase()}`;
    initialsCache.set(name, v);
  }
  return v;
}

/** antd Select filter over PickOption.search (Chinese or pinyin initials). */
export function filterPick(input: string, option?: { search?: string }): boolean {
  const q = input.trim().toLowerCase();
  return !q || (option?.search ?? '').toLowerCase().includes(q);
}

export function useOrgLookups() {
  const { can } = useSession();
  const units = useRpcQuery('org.units', {}, { enabled: can('org.read'), staleTime: 10 * 60_000 });
  return useMemo(() => {
    const list: OrgUnit[] = [...(units.data ?? [])].filter((u) => !u.archived).sort((a, b) => a.code.localeCompare(b.code));
    const byId = new Map(list.map((u) => [u.id, u]));
    const villages = list.filter((u) => u.kind === 'village' || u.kind === 'community');
    const grids = list.filter((u) => u.kind === 'grid');
    const villageOptions: PickOption[] = villages.map((v) => ({ value: v.id, label: v.name, search: withInitials(v.name) }));
    const gridOptions = (villageId?: string | null): PickOption[] =>
      grids
        .filter((g) => !villageId || g.parentId === villageId)
        .map((g) => {
          const v = g.parentId ? byId.get(g.parentId) : undefined;
          const label = v && !g.name.startsWith(v.name) ? `${v.name} · ${g.name}` : g.name;
          return { value: g.id, label, search: withInitials(label) };
        });
    return { loading: units.isPending, byId, villages, grids, villageOptions, gridOptions };
  }, [units.data, units.isPending]);
}

export interface FlatCategory {
  id: string;
  name: string;
  parentId: string | null;
  node: CaseCategory;
}

export function useCategories(includeArchived = false) {
  const tree = useRpcQuery('catalogue.tree', { includeArchived }, { staleTime: 10 * 60_000 });
  return useMemo(() => {
    const roots = (tree.data ?? []).filter((c) => includeArchived || !c.archived);
    const flat: FlatCategory[] = [];
    for (const c of roots) {
      flat.push({ id: c.id, name: c.name, parentId: null, node: c });
      for (const s of c.children) if (includeArchived || !s.archived) flat.push({ id: s.id, name: s.name, parentId: c.id, node: s });
    }
    const byId = new Map(flat.map((c) => [c.id, c]));
    return { loading: tree.isPending, roots, flat, byId };
  }, [tree.data, tree.isPending, includeArchived]);
}

export function useDepartments() {
  const { can } = useSession();
  const departments = useRpcQuery('departments.list', {}, { enabled: can('org.read'), staleTime: 10 * 60_000 });
  return useMemo(() => (departments.data ?? []).filter((d) => !d.archived), [departments.data]);
}
