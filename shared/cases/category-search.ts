// Category search for the intake form: a dispatcher on the phone types Chinese ("纠纷"),
// pinyin initials ("mdjf" for 矛盾纠纷) or full pinyin ("maodun").
import { pinyin } from 'pinyin-pro';

export interface SearchableCategory {
  id: string;
  name: string;
  parentId: string | null;
}

export interface CategoryHit<C extends SearchableCategory> {
  category: C;
  parent: C | null;
  /** Lower is better: 0 exact, 1 prefix, 2 contained, 3 parent matched. */
  rank: number;
}

const initialsCache = new Map<string, { initials: string; full: string }>();

/** Lower-case pinyin initials ('mdjf') and full pinyin without tones ('maodunjiufen'). */
export function pinyinKeys(name: string): { initials: string; full: string } {
  let keys = initialsCache.get(name);
  if (!keys) {
    const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
    const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
    keys = { initials: initials.replace(/[^a-z0-9\u4e00-\u9fff]/g, ''), full: full.replace(/[^a-z0-9\u4e00-\u9fff]/g, '') };
    initialsCache.set(name, keys);
  }
  return keys;
}

function rankName(name: string, q: string): number {
  const { initials, full } = pinyinKeys(name);
  if (name === q || initials === q) return 0;
  if (name.startsWith(q) || initials.startsWith(q) || full.startsWith(q)) return 1;
  if (name.includes(q) || initials.includes(q) || full.includes(q)) return 2;
  return -1;
}

/**
 * Categories matching `query`, best first. A subcategory also matches through its parent's
 * name (so "xf" lists every 消防隐患 subcategory). An empty query returns nothing.
 */
export function searchCategories<C extends SearchableCategory>(categories: readonly C[], query: string, limit = 20): CategoryHit<C>[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const byId = new Map(categories.map((c) => [c.id, c]));
  const hits: CategoryHit<C>[] = [];
  categories.forEach((c) => {
    const parent = c.parentId ? (byId.get(c.parentId) ?? null) : null;
    let rank = rankName(c.name, q);
    if (rank < 0 && parent && rankName(parent.name, q) >= 0) rank = 3;
    if (rank >= 0) hits.push({ category: c, parent, rank });
  });
  hits.sort((a, b) => a.rank - b.rank || (a.parent ? 1 : 0) - (b.parent ? 1 : 0) || a.category.name.length - b.category.name.length);
  return hits.slice(0, limit);
}
