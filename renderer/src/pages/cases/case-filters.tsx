// The filter bar above the queue: village/community, grid, category, source, handling type,
// urgency, date of receipt and free text (number, title, address), and 冲突待核 when the
// 数据同步 page links here. Every filter is applied by the core, so the counts, the grid and
// the export all see the same cases.
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select, Tag, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { CaseFilter } from '../../../../shared/cases/case-inputs';
import {
  CASE_SOURCES,
  CASE_SOURCE_LABELS,
  HANDLING_TYPES,
  HANDLING_TYPE_LABELS,
  URGENCIES,
  URGENCY_LABELS,
} from '../../../../shared/cases/case-types';
import { filterPick, useCategories, useOrgLookups, withInitials } from './case-lookups';

interface Props {
  value: CaseFilter;
  onChange: (next: CaseFilter) => void;
}

function clean(f: CaseFilter): CaseFilter {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== null && v !== '')) as CaseFilter;
}

export function isFiltered(f: CaseFilter): boolean {
  return Object.keys(clean(f)).length > 0;
}

export function CaseFilters({ value, onChange }: Props) {
  const org = useOrgLookups();
  const cats = useCategories();
  const [text, setText] = useState(value.text ?? '');
  const set = (patch: Partial<CaseFilter>) => onChange(clean({ ...value, ...patch }));

  // Free text is applied after a short pause in typing.
  useEffect(() => {
    const t = setTimeout(() => {
      if ((value.text ?? '') !== text.trim()) onChange(clean({ ...value, text: text.trim() || undefined }));
    }, 350);
    return () => clearTimeout(t);
  }, [text, value, onChange]);

  const treeData = useMemo(
    () =>
      cats.roots.map((c) => ({
        value: c.id,
        title: c.name,
        search: withInitials(c.name),
        children: c.children.filter((s) => !s.archived).map((s) => ({ value: s.id, title: s.name, search: withInitials(`${c.name}${s.name}`) })),
      })),
    [cats.roots],
  );

  return (
    <div className="tgc-filters" data-testid="case-filters">
      <Input
        allowClear
        prefix={<SearchOutlined className="tg-muted" />}
        placeholder="编号、标题、地址"
        style={{ width: 200 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="case-filter-text"
      />
      <Select
        allowClear
        placeholder="村/社区"
        style={{ width: 120 }}
        value={value.villageId}
        options={org.villageOptions}
        showSearch={{ filterOption: filterPick }}
        onChange={(v?: string) => set({ villageId: v, gridId: undefined })}
        data-testid="case-filter-village"
      />
      <Select
        allowClear
        placeholder="网格"
        style={{ width: 160 }}
        value={value.gridId}
        options={org.gridOptions(value.villageId)}
        showSearch={{ filterOption: filterPick }}
        onChange={(v?: string) => set({ gridId: v })}
        popupMatchSelectWidth={false}
        data-testid="case-filter-grid"
      />
      <TreeSelect
        allowClear
        placeholder="事件分类"
        style={{ width: 150 }}
        value={value.categoryId}
        treeData={treeData}
        showSearch={{ filterTreeNode: (input, node) => filterPick(input, node as { search?: string }) }}
        popupMatchSelectWidth={220}
        onChange={(v?: string) => set({ categoryId: v })}
        data-testid="case-filter-category"
      />
      <Select
        allowClear
        placeholder="来源"
        style={{ width: 124 }}
        value={value.source}
        options={CASE_SOURCES.map((s) => ({ value: s, label: CASE_SOURCE_LABELS[s] }))}
        onChange={(v?: CaseFilter['source']) => set({ source: v })}
        popupMatchSelectWidth={false}
        data-testid="case-filter-source"
      />
      <Select
        allowClear
        placeholder="类型"
        style={{ width: 96 }}
        value={value.handlingType}
        options={HANDLING_TYPES.map((s) => ({ value: s, label: HANDLING_TYPE_LABELS[s] }))}
        onChange={(v?: CaseFilter['handlingType']) => set({ handlingType: v })}
        data-testid="case-filter-type"
      />
      <Select
        allowClear
        placeholder="紧急程度"
        style={{ width: 104 }}
        value={value.urgency}
        options={URGENCIES.map((s) => ({ value: s, label: URGENCY_LABELS[s] }))}
        onChange={(v?: CaseFilter['urgency']) => set({ urgency: v })}
      />
      <DatePicker.RangePicker
        style={{ width: 240 }}
        placeholder={['登记起始日', '截止日']}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        data-testid="case-filter-dates"
      />
      {value.syncConflict ? (
        <Tag color="red" closable onClose={() => set({ syncConflict: undefined })} className="tgc-filter-tag" data-testid="case-filter-conflict">
          仅看冲突待核
        </Tag>
      ) : null}
      {isFiltered(value) ? (
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            setText('');
            onChange({});
          }}
        >
          清空筛选
        </Button>
      ) : null}
    </div>
  );
}
