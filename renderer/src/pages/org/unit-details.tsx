// 单元详情: what a unit is, its figures, edit form, child/move/archive actions and its team.
import { ApartmentOutlined, DragOutlined, InboxOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Descriptions, Divider, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { gridSizeWarning } from '../../../../shared/org/grid-size';
import { GRID_TYPE_LABELS, UNIT_KIND_LABELS, type OrgUnit } from '../../../../shared/org/org-types';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { ancestry, childKindsOf, gridTotals, type UnitIndex } from './org-tree-data';
import { UnitEditForm } from './unit-edit-form';
import { UnitPopulation } from './population-panel';
import { UnitTeam } from './unit-team';

interface Props {
  unit: OrgUnit | null;
  index: UnitIndex;
  onSelect: (id: string) => void;
  onCreateChild: (parent: OrgUnit) => void;
  onMove: (unit: OrgUnit) => void;
}

export function UnitDetails({ unit, index, onSelect, onCreateChild, onMove }: Props) {
  const { message } = App.useApp();
  const { can } = useSession();
  const ranges = useRpcQuery('org.gridSizeRanges', {});
  const archive = useRpcMutation('org.archiveUnit');

  if (!unit) {
    return <Empty className="tg-empty-details" description="请在左侧组织树中选择一个单元，或在网格列表中点击“编辑”" />;
  }

  const canWrite = can('org.write');
  const chain = ancestry(index, unit.id);
  const activeChildren = (index.children.get(unit.id) ?? []).filter((c) => !c.archived);
  const totals = gridTotals(index, unit.id);
  const warning = unit.kind === 'grid' && ranges.data ? gridSizeWarning(unit.households, unit.gridType, ranges.data) : null;
  const childKinds = childKindsOf(unit.kind);

  const toggleArchive = async () => {
    const next = await archive.mutateAsync({ id: unit.id, archived: !unit.archived });
    void message.success(next.archived ? `“${next.name}”已归档` : `“${next.name}”已恢复`);
  };

  return (
    <div className="tg-unit-details" data-testid="unit-details">
      <Breadcrumb
        items={chain.map((u) => ({
          key: u.id,
          title: u.id === unit.id ? u.name : <a onClick={() => onSelect(u.id)}>{u.name}</a>,
        }))}
      />
      <div className="tg-unit-head">
        <Space align="center" size="middle">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="unit-title">
            {unit.name}
          </Typography.Title>
          <Tag color="blue">{UNIT_KIND_LABELS[unit.kind]}</Tag>
          {unit.gridType ? <Tag>{GRID_TYPE_LABELS[unit.gridType]}</Tag> : null}
          {unit.archived ? <Tag color="default">已归档</Tag> : null}
        </Space>
        {canWrite ? (
          <Space>
            {childKinds.length > 0 && !unit.archived ? (
              <Button icon={<PlusOutlined />} onClick={() => onCreateChild(unit)} data-testid="unit-create-child">
                新建下级
              </Button>
            ) : null}
            {unit.kind !== 'town' && !unit.archived ? (
              <Button icon={<DragOutlined />} onClick={() => onMove(unit)} data-testid="unit-move">
                移动
              </Button>
            ) : null}
            {unit.kind !== 'town' ? (
              <Popconfirm
                title={unit.archived ? '恢复该单元？' : '归档该单元？'}
                description={unit.archived ? '恢复后重新计入网格列表和大屏统计。' : '归档后不再计入网格列表和大屏统计，历史记录保留，可随时恢复。'}
                okText={unit.archived ? '恢复' : '归档'}
                cancelText="取消"
                onConfirm={() => toggleArchive().catch(() => undefined)}
              >
                <Button icon={unit.archived ? <UndoOutlined /> : <InboxOutlined />} danger={!unit.archived} loading={archive.isPending} data-testid="unit-archive">
                  {unit.archived ? '恢复' : '归档'}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null}
      </div>

      {warning ? <Alert type="warning" showIcon className="tg-form-alert" title={`网格规模提示：${warning}`} /> : null}

      <Descriptions
        size="small"
        bordered
        column={4}
        items={[
          { key: 'code', label: '编码', children: <span className="tg-num">{unit.code}</span> },
          { key: 'level', label: '层级', children: `第${unit.level}级` },
          { key: 'children', label: '下级单元', children: `${activeChildren.length} 个` },
          { key: 'updated', label: '最后修改', children: dayjs(unit.updatedAt).format('YYYY-MM-DD HH:mm') },
          ...(unit.kind === 'grid' ? [] : [{ key: 'grids', label: '下辖网格', children: `${totals.grids} 个` }]),
        ]}
      />
      {unit.archived ? null : (
        <>
          <Divider titlePlacement="start" plain>
            户数和人口
          </Divider>
          <UnitPopulation unitId={unit.id} />
        </>
      )}

      <Divider titlePlacement="start" plain>
        <ApartmentOutlined /> 基本信息
      </Divider>
      <UnitEditForm key={unit.id} unit={unit} canWrite={canWrite} />

      <Divider titlePlacement="start" plain>
        网格力量（网格长、网格员AB岗、协管员等）
      </Divider>
      <UnitTeam unit={unit} />
    </div>
  );
}
