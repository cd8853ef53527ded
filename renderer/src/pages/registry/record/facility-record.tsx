// 部件设施档案: the facility's fields, cases, history.
import { Tag } from 'antd';
import type { OrgUnit } from '../../../../../shared/org/org-types';
import { FACILITY_CONDITION_LABELS, FACILITY_KIND_LABELS } from '../../../../../shared/registry/registry-types';
import { useRpcQuery } from '../../../app/rpc-hooks';
import { Loading, RecordHead, RecordTabs } from './record-frame';

export function FacilityRecord({ id, units }: { id: string; units: OrgUnit[] }) {
  const q = useRpcQuery('registry.facility', { id });
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const f = d.facility;
  return (
    <div className="tg-record">
      <RecordHead
        title={`${FACILITY_KIND_LABELS[f.kind]} ${f.code}`}
        tags={<Tag color={f.condition === 'good' ? 'green' : 'red'}>{FACILITY_CONDITION_LABELS[f.condition]}</Tag>}
        kind="facility"
        record={f}
        units={units}
      />
      <RecordTabs
        info={[
          { label: '部件编码', value: f.code },
          { label: '部件类型', value: FACILITY_KIND_LABELS[f.kind] },
          { label: '名称', value: f.name },
          { label: '位置描述', value: f.location, span: 2 },
          { label: '所属网格', value: f.gridName },
          { label: '完好状况', value: FACILITY_CONDITION_LABELS[f.condition] },
          { label: '管理单位', value: f.custodian },
          { label: '经纬度', value: f.lon !== null && f.lat !== null ? `${f.lon.toFixed(5)}, ${f.lat.toFixed(5)}` : null },
          { label: '备注', value: f.notes, span: 3 },
        ]}
        cases={d.cases}
        history={d.history}
      />
    </div>
  );
}
