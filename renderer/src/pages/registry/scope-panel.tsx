// The left panel of 基础台账: which book to open. 按网格 — the town → village/community → grid
// tree (一个网格一本台账); 按门类 — the 8 ledger categories (一项工作一组数据) with their counts
// for the chosen unit.
import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, Menu, Segmented, Spin, Tag, Tree, TreeSelect, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import type { OrgUnit } from '../../../../shared/org/org-types';
import { LEDGER_CATEGORY_LABELS, LEDGER_ENTRIES, type LedgerCategory } from '../../../../shared/registry/ledger-categories';
import type { RegistryOverview } from '../../../../shared/registry/registry-records';
import { ancestry, indexUnits, visibleForSearch } from '../org/org-tree-data';
import { formatNumber } from './format';

export type ScopeMode = 'grid' | 'category';

interface UnitOption {
  value: string;
  title: string;
  children: UnitOption[];
}

const KIND_TAG: Partial<Record<OrgUnit['kind'], { label: string; color: string }>> = {
  town: { label: '镇', color: 'red' },
  village: { label: '村', color: 'green' },
  community: { label: '社区', color: 'blue' },
};

interface Props {
  mode: ScopeMode;
  onMode: (m: ScopeMode) => void;
  units: OrgUnit[];
  loading: boolean;
  unitId: string | null;
  onUnit: (id: string | null) => void;
  overview: RegistryOverview | undefined;
  entryKey: string | null;
  onEntry: (key: string) => void;
  canSpecial: boolean;
}

function nodeTitle(u: OrgUnit) {
  const tag = KIND_TAG[u.kind];
  return (
    <span className="tg-scope-node" data-testid="scope-node">
      {tag ? (
        <Tag color={tag.color} className="tg-tree-kind">
          {tag.label}
        </Tag>
      ) : null}
      <span>{u.name}</span>
    </span>
  );
}

export function ScopePanel(props: Props) {
  const { mode, onMode, units, loading, unitId, onUnit } = props;
  const index = useMemo(() => indexUnits(units), [units]);
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const visible = useMemo(() => visibleForSearch(index, units, search), [index, units, search]);

  const treeData = useMemo<TreeDataNode[]>(() => {
    const build = (parentId: string | null): TreeDataNode[] =>
      (index.children.get(parentId) ?? [])
        .filter((u) => (!visible || visible.has(u.id)) && (u.kind === 'town' || u.kind === 'village' || u.kind === 'community' || u.kind === 'grid'))
        .map((u) => {
          const children = u.kind === 'grid' ? [] : build(u.id);
          return { key: u.id, title: nodeTitle(u), children, isLeaf: children.length === 0 };
        });
    return build(null);
  }, [index, visible]);

  const defaultExpanded = useMemo(() => {
    const keys = new Set((index.children.get(null) ?? []).map((u) => u.id));
    if (unitId) for (const a of ancestry(index, unitId).slice(0, -1)) keys.add(a.id);
    return [...keys];
  }, [index, unitId]);

  const selectData = useMemo(() => {
    const build = (parentId: string | null): UnitOption[] =>
      (index.children.get(parentId) ?? [])
        .filter((u) => u.kind === 'town' || u.kind === 'village' || u.kind === 'community' || u.kind === 'grid')
        .map((u) => ({ value: u.id, title: u.name, children: u.kind === 'grid' ? [] : build(u.id) }));
    return build(null);
  }, [index]);

  return (
    <div className="tg-scope" data-testid="registry-scope">
      <Segmented
        block
        value={mode}
        onChange={(v) => onMode(v as ScopeMode)}
        options={[
          { value: 'grid', label: '按网格' },
          { value: 'category', label: '按门类' },
        ]}
        data-testid="scope-mode"
      />
      {loading ? (
        <Spin />
      ) : mode === 'grid' ? (
        <>
          <Input
            allowClear
            prefix={<SearchOutlined className="tg-muted" />}
            placeholder="查找村/社区、网格（支持拼音首字母）"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="scope-search"
          />
          <div className="tg-scope-scroll">
            {treeData.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有匹配的网格" />
            ) : (
              <Tree
                blockNode
                showLine
                treeData={treeData}
                selectedKeys={unitId ? [unitId] : []}
                expandedKeys={visible ? [...visible] : (expanded ?? defaultExpanded)}
                onExpand={(keys) => {
                  if (!visible) setExpanded(keys.map(String));
                }}
                onSelect={(keys, info) => {
                  const key = String(keys[0] ?? info.node.key);
                  onUnit(key);
                  // Opening a village/community shows its grids too.
                  if (!visible && !info.node.isLeaf) setExpanded((prev) => [...new Set([...(prev ?? defaultExpanded), key])]);
                }}
              />
            )}
          </div>
        </>
      ) : (
        <CategoryMenu {...props} selectData={selectData} />
      )}
    </div>
  );
}

function CategoryMenu({
  unitId,
  onUnit,
  overview,
  entryKey,
  onEntry,
  canSpecial,
  selectData,
}: Props & { selectData: UnitOption[] }) {
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of overview?.categories ?? []) for (const e of c.entries) m.set(e.key, e.count);
    return m;
  }, [overview]);
  const items = (Object.keys(LEDGER_CATEGORY_LABELS) as LedgerCategory[]).map((cat) => ({
    type: 'group' as const,
    key: cat,
    label: <span className="tg-scope-cat">{LEDGER_CATEGORY_LABELS[cat]}</span>,
    children: LEDGER_ENTRIES.filter((e) => e.category === cat && (canSpecial || e.kind !== 'special')).map((e) => ({
      key: e.key,
      label: (
        <span className="tg-scope-entry" data-testid={`entry-${e.key}`}>
          <span>{e.label}</span>
          <span className="tg-scope-count">{counts.has(e.key) ? formatNumber(counts.get(e.key)) : ''}</span>
        </span>
      ),
    })),
  }));
  return (
    <>
      <TreeSelect
        allowClear
        showSearch
        treeNodeFilterProp="title"
        placeholder="全镇（可选村/社区、网格）"
        value={unitId ?? undefined}
        treeData={selectData}
        treeDefaultExpandAll={false}
        onChange={(v) => onUnit((v as string | undefined) ?? null)}
        style={{ width: '100%' }}
        data-testid="scope-unit-select"
      />
      <div className="tg-scope-scroll">
        <Menu mode="inline" selectedKeys={entryKey ? [entryKey] : []} items={items} onClick={({ key }) => onEntry(String(key))} className="tg-scope-menu" />
      </div>
    </>
  );
}
