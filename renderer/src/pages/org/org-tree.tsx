// The unit tree: town → villages/communities → grids (→ micro-grids), with search.
import { SearchOutlined } from '@ant-design/icons';
import { Checkbox, Empty, Input, Tag, Tree, type TreeDataNode as DataNode } from 'antd';
import { useMemo, useState } from 'react';
import { UNIT_KIND_LABELS, type OrgUnit } from '../../../../shared/org/org-types';
import { ancestry, visibleForSearch, type UnitIndex } from './org-tree-data';

const KIND_COLORS: Partial<Record<OrgUnit['kind'], string>> = { town: 'red', village: 'green', community: 'blue' };

function nodeTitle(u: OrgUnit) {
  return (
    <span className={u.archived ? 'tg-tree-node tg-tree-archived' : 'tg-tree-node'} data-testid="org-tree-node">
      {u.kind !== 'grid' ? (
        <Tag color={KIND_COLORS[u.kind]} className="tg-tree-kind">
          {UNIT_KIND_LABELS[u.kind]}
        </Tag>
      ) : null}
      <span className="tg-tree-name">{u.name}</span>
      {u.archived ? <span className="tg-tree-flag">已归档</span> : null}
    </span>
  );
}

interface Props {
  units: OrgUnit[];
  index: UnitIndex;
  selectedId: string | null;
  onSelect: (id: string) => void;
  showArchived: boolean;
  onShowArchived: (v: boolean) => void;
}

export function OrgTree({ units, index, selectedId, onSelect, showArchived, onShowArchived }: Props) {
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);

  const visible = useMemo(() => visibleForSearch(index, units, search), [index, units, search]);

  const treeData = useMemo<DataNode[]>(() => {
    const build = (parentId: string | null): DataNode[] =>
      (index.children.get(parentId) ?? [])
        .filter((u) => (showArchived || !u.archived) && (!visible || visible.has(u.id)))
        .map((u) => {
          const children = build(u.id);
          return { key: u.id, title: nodeTitle(u), children, isLeaf: children.length === 0 };
        });
    return build(null);
  }, [index, visible, showArchived]);

  // Default: town and the selected unit's ancestors open; while searching: everything found open.
  const defaultExpanded = useMemo(() => {
    const keys = new Set((index.children.get(null) ?? []).map((u) => u.id));
    if (selectedId) for (const a of ancestry(index, selectedId).slice(0, -1)) keys.add(a.id);
    return [...keys];
  }, [index, selectedId]);
  const expandedKeys = visible ? [...visible] : (expanded ?? defaultExpanded);

  return (
    <div className="tg-org-tree" data-testid="org-tree">
      <Input
        allowClear
        prefix={<SearchOutlined className="tg-muted" />}
        placeholder="搜索村/社区、网格（名称、编码、拼音）"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        data-testid="org-tree-search"
      />
      <Checkbox className="tg-org-tree-archived" checked={showArchived} onChange={(e) => onShowArchived(e.target.checked)}>
        显示已归档
      </Checkbox>
      <div className="tg-org-tree-scroll">
        {treeData.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有匹配的单元" />
        ) : (
          <Tree
            blockNode
            showLine
            treeData={treeData}
            selectedKeys={selectedId ? [selectedId] : []}
            expandedKeys={expandedKeys}
            onExpand={(keys) => {
              if (!visible) setExpanded(keys.map(String));
            }}
            onSelect={(keys, info) => {
              const key = keys[0] ?? info.node.key;
              if (key !== undefined) onSelect(String(key));
            }}
          />
        )}
      </div>
    </div>
  );
}
