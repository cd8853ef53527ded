import { describe, expect, it } from 'vitest';
import { pinyinKeys, searchCategories } from '../../../../shared/cases/category-search';
import { formatCaseNumber, parseCaseNumber } from '../../../../shared/cases/case-number';

const CATS = [
  { id: 'a', name: '矛盾纠纷', parentId: null },
  { id: 'a1', name: '邻里纠纷', parentId: 'a' },
  { id: 'b', name: '消防隐患', parentId: null },
  { id: 'b1', name: '电动车违规充电', parentId: 'b' },
  { id: 'c', name: '环境卫生', parentId: null },
];

describe('category search for the intake form', () => {
  it('computes pinyin initials', () => {
    expect(pinyinKeys('矛盾纠纷').initials).toBe('mdjf');
    expect(pinyinKeys('环境卫生')).toEqual({ initials: 'hjws', full: 'huanjingweisheng' });
  });
  it('finds by initials, full pinyin or Chinese, best first', () => {
    expect(searchCategories(CATS, 'mdjf').map((h) => h.category.id)).toEqual(['a', 'a1']);
    expect(searchCategories(CATS, 'HJ')[0]!.category.id).toBe('c');
    expect(searchCategories(CATS, 'huanjing')[0]!.category.id).toBe('c');
    expect(searchCategories(CATS, '纠纷').map((h) => h.category.id)).toEqual(['a', 'a1']);
    expect(searchCategories(CATS, 'ddc').map((h) => h.category.id)).toEqual(['b1']);
  });
  it('lists the subcategories of a matching category after it', () => {
    const ids = searchCategories(CATS, 'xfyh').map((h) => h.category.id);
    expect(ids).toEqual(['b', 'b1']);
    expect(searchCategories(CATS, '  ')).toEqual([]);
  });
});

describe('case numbers', () => {
  it('read as date, device prefix and a per-day counter', () => {
    expect(formatCaseNumber('2026-11-21', 'AB', 42)).toBe('2026-1121-AB-0042');
    expect(parseCaseNumber('2026-1121-AB-0042')).toEqual({ date: '2026-11-21', prefix: 'AB', seq: 42 });
    expect(formatCaseNumber('2026-11-21', 'AB', 12345)).toBe('2026-1121-AB-12345');
    expect(parseCaseNumber('2026-1121-ab-0042')).toBeNull();
  });
});
