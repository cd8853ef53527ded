// 组织架构: the unit tree on the left; the grid list (landing), unit details and departments
// on the right.
import { Card, Spin, Tabs } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { OrgUnit } from '../../../../shared/org/org-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { CreateUnitModal } from './create-unit-modal';
import { DepartmentsTab } from './departments-tab';
import { StaffTab } from './staff-tab';
import { GridList } from './grid-list';
import { MoveUnitModal } from './move-unit-modal';
import { OrgTree } from './org-tree';
import { indexUnits } from './org-tree-data';
import { UnitDetails } from './unit-details';
import './org.css';

type TabKey = 'grids' | 'unit' | 'staff' | 'departments';

export function OrgPage() {
  // All units including archived ones: code suggestions must not reuse an archived code.
  const unitsQuery = useRpcQuery('org.units', { includeArchived: true });
  const units = useMemo(() => unitsQuery.data ?? [], [unitsQuery.data]);
  const index = useMemo(() => indexUnits(units), [units]);
  // `#/org?unit=<id>` (e.g. the map's 组织架构 button) opens that unit's details.
  const [params, setParams] = useSearchParams();
  const linked = params.get('unit');
  const [tab, setTab] = useState<TabKey>(linked ? 'unit' : 'grids');
  const [selectedId, setSelectedId] = useState<string | null>(linked);
  const [seenLink, setSeenLink] = useState(linked);
  if (linked !== seenLink) {
    // The address changed while the page is open (a link, or the menu's plain #/org): follow
    // it — that unit's details, or the landing grid list (state adjusted during render).
    setSeenLink(linked);
    if (linked) setSelectedId(linked);
    setTab(linked ? 'unit' : 'grids');
  }
  const [showArchived, setShowArchived] = useState(false);
  const [createUnder, setCreateUnder] = useState<OrgUnit | null>(null);
  const [moving, setMoving] = useState<OrgUnit | null>(null);

  const open = useCallback(
    (id: string) => {
      setSelectedId(id);
      setTab('unit');
      // Keep the address in step, so a reload or a copied link shows the same unit.
      setSeenLink(id);
      setParams({ unit: id }, { replace: true });
    },
    [setParams],
  );

  const selected = selectedId ? (index.byId.get(selectedId) ?? null) : null;

  return (
    <div className="tg-org" data-testid="org-page">
      <Card className="tg-org-left" size="small" title="组织树">
        {unitsQuery.isPending ? (
          <Spin />
        ) : (
          <OrgTree units={units} index={index} selectedId={selectedId} onSelect={open} showArchived={showArchived} onShowArchived={setShowArchived} />
        )}
      </Card>
      <Card className="tg-org-right" size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            setTab(k as TabKey);
            // The address names a unit only while its details are shown.
            if (k !== 'unit' && linked) {
              setSeenLink(null);
              setParams({}, { replace: true });
            }
          }}
          items={[
            { key: 'grids', label: '网格列表', children: <GridList onOpen={open} /> },
            {
              key: 'unit',
              label: selected ? `单元详情：${selected.name}` : '单元详情',
              children: <UnitDetails unit={selected} index={index} onSelect={open} onCreateChild={setCreateUnder} onMove={setMoving} />,
            },
            { key: 'staff', label: '网格力量', children: <StaffTab /> },
            { key: 'departments', label: '职能部门', children: <DepartmentsTab /> },
          ]}
        />
      </Card>
      <CreateUnitModal
        parent={createUnder}
        index={index}
        onClose={() => setCreateUnder(null)}
        onCreated={(u) => {
          setCreateUnder(null);
          open(u.id);
        }}
      />
      <MoveUnitModal unit={moving} units={units} index={index} onClose={() => setMoving(null)} />
    </div>
  );
}
