// Pinyin initials of names, stored beside them so the search box finds 张三 by 'zs'.
// Surnames are read as surnames (单 → s, 曾 → z). Cached: names repeat a lot in a town.
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, string>();
const MAX_CACHE = 200_000;

export function nameInitials(name: string): string {
  let v = cache.get(name);
  if (v === undefined) {
    v = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(name, v);
  }
  return v;
}
