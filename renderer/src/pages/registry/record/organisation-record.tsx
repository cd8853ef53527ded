// 单位场所档案: the organisation's fields, cases, history.
import { Tag } from 'antd';
import type { OrgUnit } from '../../../../../shared/org/org-types';
import { ORG_KIND_LABELS, SAFETY_GRADE_LABELS } from '../../../../../shared/registry/registry-types';
import { useRpcQuery } from '../../../app/rpc-hooks';
import { formatNumber, label } from '../format';
import { Loading, RecordHead, RecordTabs } from './record-frame';

export function OrganisationRecord({ id, units }: { id: string; units: OrgUnit[] }) {
  const q = useRpcQuery('registry.organisation', { id });
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const o = d.organisation;
  return (
    <div className="tg-record">
      <RecordHead
        title={o.name}
        tags={
          <>
            <Tag color="blue">{ORG_KIND_LABELS[o.kind]}</Tag>
            {o.keySupervision ? <Tag color="red">重点监管</Tag> : null}
          </>
        }
        kind="organisation"
        record={o}
        units={units}
      />
      <RecordTabs
        info={[
          { label: '单位名称', value: o.name, span: 2 },
          { label: '场所类别', value: ORG_KIND_LABELS[o.kind] },
          { label: '地址', value: o.address, span: 2 },
          { label: '所属网格', value: o.gridName },
          { label: '负责人', value: o.legalPerson },
          { label: '联系电话', value: o.phone },
          { label: '统一社会信用代码', value: o.creditCode },
          { label: '从业人数', value: o.employees },
          { label: '经营面积', value: o.areaM2 !== null ? `${formatNumber(o.areaM2, 1)} ㎡` : null },
          { label: '安全等级', value: label(SAFETY_GRADE_LABELS, o.safetyGrade) },
          { label: '重点监管', value: o.keySupervision ? '是' : '否' },
          { label: '备注', value: o.notes, span: 2 },
        ]}
        cases={d.cases}
        history={d.history}
      />
    </div>
  );
}
