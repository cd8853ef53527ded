// 分类 at intake: type Chinese ("纠纷"), pinyin initials ("hjws" → 环境卫生) or full pinyin
// ("maodun"); subcategories match too (and through their parent's name). Picking a
// subcategory fills both 大类 and 小类.
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { searchCategories } from '../../../../shared/cases/category-search';
import type { FlatCategory } from './case-lookups';

const SUB = 'sub:';

interface Props {
  value?: string;
  onChange?: (categoryId: string | undefined) => void;
  /** Called with the subcategory when one was picked (null when a 大类 was picked). */
  onPickSub: (subcategoryId: string | null) => void;
  categories: FlatCategory[];
  id?: string;
  autoFocus?: boolean;
}

export function CategoryPicker({ value, onChange, onPickSub, categories, id, autoFocus }: Props) {
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  const options = useMemo(() => {
    if (!query.trim()) return categories.filter((c) => !c.parentId).map((c) => ({ value: c.id, label: c.name }));
    return searchCategories(categories, query, 30).map((h) =>
      h.parent
        ? { value: `${SUB}${h.category.id}`, label: `${h.parent.name} / ${h.category.name}` }
        : { value: h.category.id, label: h.category.name },
    );
  }, [categories, query]);

  // Keep the chosen 大类 labelled while a search shows other options.
  const withValue = value && !options.some((o) => o.value === value) && byId.get(value) ? [...options, { value, label: byId.get(value)!.name }] : options;

  return (
    <Select
      id={id}
      autoFocus={autoFocus}
      value={value}
      placeholder="输入分类名称或拼音首字母，如 hjws（环境卫生）"
      options={withValue}
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query, autoClearSearchValue: true }}
      onChange={(v?: string) => {
        setQuery('');
        if (!v) {
          onChange?.(undefined);
          onPickSub(null);
        } else if (v.startsWith(SUB)) {
          const sub = byId.get(v.slice(SUB.length));
          onChange?.(sub?.parentId ?? undefined);
          onPickSub(sub?.id ?? null);
        } else {
          onChange?.(v);
          onPickSub(null);
        }
      }}
      allowClear
      notFoundContent="没有匹配的分类"
      data-testid="intake-category"
      popupRender={(menu) => <div data-testid="intake-category-options">{menu}</div>}
    />
  );
}
