// The side panel of a grid clicked on the map: its figures, the measure, its team and
// neighbours, and the way to its ledger, its org page and its printable notice board.
import { BookOutlined, ApartmentOutlined, EditOutlined, IdcardOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { GridRow } from '../../../../shared/api';
import { GRID_TYPE_LABELS, TEAM_ROLES, TEAM_ROLE_LABELS, type OrgUnit } from '../../../../shared/org/org-types';
import { maskPhone } from '../../../../shared/registry/citizen-id';
import type { MapMeasureResult } from '../../../../shared/registry/map-types';
import { useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { NeighborsModal } from './neighbors-modal';

interface Props {
  grid: OrgUnit;
  row: GridRow | undefined;
  villageName: string;
  measure: MapMeasureResult | undefined;
  grids: OrgUnit[];
  onSelect: (id: string) => void;
}

export function GridPanel({ grid, row, villageName, measure, grids, onSelect }: Props) {
  const navigate = useNavigate();
  const session = useSession();
  const team = useRpcQuery('staff.assignments', { unitId: grid.id });
  const neighbours = useRpcQuery('registry.neighbors', { gridId: grid.id }, { silent: true });
  const [editing, setEditing] = useState(false);
  const names = new Map(grids.map((g) => [g.id, g.name]));
  const neighbourIds = neighbours.data?.find((n) => n.gridId === grid.id)?.neighborIds ?? [];
  const value = measure?.values.find((v) => v.gridId === grid.id)?.value ?? 0;
  const rank = measure ? [...measure.values].sort((a, b) => b.value - a.value).findIndex((v) => v.gridId === grid.id) + 1 : 0;
  const showPhone = session.can('sensitive.read');
  const members = [...(team.data ?? [])].sort((a, b) => TEAM_ROLES.indexOf(a.teamRole) - TEAM_ROLES.indexOf(b.teamRole) || (a.post ?? 'Z').localeCompare(b.post ?? 'Z'));

  return (
    <div className="tg-map-panel-body" data-testid="map-grid-panel">
      <div className="tg-map-panel-title">
        <span data-testid="map-grid-name">{grid.name}</span>
        {grid.gridType ? <Tag color={grid.gridType === 'urban' ? 'blue' : 'green'}>{GRID_TYPE_LABELS[grid.gridType]}</Tag> : null}
      </div>
      <div className="tg-muted">
        {villageName} · 编码 {grid.code}
      </div>
      {measure ? (
        <div className="tg-map-measure" data-testid="map-grid-measure">
          <span className="tg-map-measure-label">{measure.label}</span>
          <span className="tg-map-measure-value">{value.toLocaleString('zh-CN')}</span>
          <span className="tg-muted">{measure.unit}</span>
          {rank > 0 ? <span className="tg-muted">（全镇第 {rank} / {measure.values.length}）</span> : null}
        </div>
      ) : null}
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'hh', label: '户数', children: grid.households.toLocaleString('zh-CN') },
          { key: 'reg', label: '户籍人口', children: grid.populationRegistered.toLocaleString('zh-CN') },
          { key: 'flo', label: '流动人口', children: grid.populationFloating.toLocaleString('zh-CN') },
          { key: 'area', label: '面积', children: grid.areaKm2 !== null ? `${grid.areaKm2} km²` : '—' },
          { key: 'lead', label: '网格长', children: row?.leaderName ?? '未配备' },
          { key: 'staff', label: '网格员', children: `${row?.staffCount ?? '—'} 人` },
        ]}
      />
      {row?.sizeWarning ? <div className="tg-warn-high tg-map-warning">规模提示：{row.sizeWarning}</div> : null}

      <div className="tg-map-section">网格团队</div>
      {team.isPending ? (
        <Spin size="small" />
      ) : members.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未配备人员" />
      ) : (
        <div className="tg-map-team" data-testid="map-grid-team">
          {members.map((m) => (
            <div key={m.id} className="tg-map-team-row">
              <Tag color={m.teamRole === 'leader' ? 'red' : m.teamRole.startsWith('worker') ? 'blue' : 'default'}>
                {TEAM_ROLE_LABELS[m.teamRole]}
                {m.post ? `·${m.post}岗` : ''}
              </Tag>
              <span className="tg-map-team-name">{m.staffName}</span>
              <span className="tg-num tg-muted">{showPhone ? m.staffPhone : maskPhone(m.staffPhone)}</span>
            </div>
          ))}
        </div>
      )}

      <div className="tg-map-section">
        相邻网格
        {session.can('org.write') ? (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="map-edit-neighbors">
            调整
          </Button>
        ) : null}
      </div>
      <div className="tg-map-neighbours" data-testid="map-grid-neighbours">
        {neighbourIds.length === 0 ? (
          <span className="tg-muted">{neighbours.isPending ? '加载中…' : '无（导入边界后自动推导）'}</span>
        ) : (
          neighbourIds.map((id) => (
            <Tag key={id} className="tg-clickable" onClick={() => onSelect(id)}>
              {names.get(id) ?? id}
            </Tag>
          ))
        )}
      </div>

      <Space wrap className="tg-map-links">
        {session.can('registry.read') ? (
          <Button type="primary" icon={<BookOutlined />} onClick={() => void navigate(`/registry?unit=${grid.id}`)} data-testid="map-open-ledger">
            网格台账
          </Button>
        ) : null}
        <Button icon={<ApartmentOutlined />} onClick={() => void navigate(`/org?unit=${grid.id}`)} data-testid="map-open-org">
          组织架构
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => void navigate(`/notice/${grid.id}?size=A4`)} data-testid="map-open-notice">
          网格公示牌
        </Button>
        {session.can('registry.read') ? (
          <Button icon={<IdcardOutlined />} onClick={() => void navigate(`/contact-card/${grid.id}`)}>
            服务联系卡
          </Button>
        ) : null}
      </Space>
      <NeighborsModal open={editing} grid={grid} current={neighbourIds} grids={grids} onClose={() => setEditing(false)} />
    </div>
  );
}
