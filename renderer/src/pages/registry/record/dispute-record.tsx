// 矛盾纠纷登记: the dispute's fields and history, and when it was registered.
import { Tag } from 'antd';
import type { OrgUnit } from '../../../../../shared/org/org-types';
import { DISPUTE_KIND_LABELS, DISPUTE_STATUS_LABELS } from '../../../../../shared/registry/registry-types';
import { useRpcQuery } from '../../../app/rpc-hooks';
import { formatDateTime } from '../format';
import { Loading, RecordHead, RecordTabs } from './record-frame';

export function DisputeRecord({ id, units }: { id: string; units: OrgUnit[] }) {
  const q = useRpcQuery('registry.dispute', { id });
  if (!q.data) return <Loading error={q.error} />;
  const { dispute: x, history } = q.data;
  return (
    <div className="tg-record">
      <RecordHead
        title={x.parties}
        tags={
          <>
            <Tag color="blue">{DISPUTE_KIND_LABELS[x.kind]}</Tag>
            <Tag color={x.status === 'resolved' ? 'green' : 'orange'}>{DISPUTE_STATUS_LABELS[x.status]}</Tag>
          </>
        }
        kind="dispute"
        record={x}
        units={units}
      />
      <RecordTabs
        info={[
          { label: '排查日期', value: x.foundDate },
          { label: '纠纷类型', value: DISPUTE_KIND_LABELS[x.kind] },
          { label: '所属网格', value: x.gridName },
          { label: '当事人', value: x.parties, span: 3 },
          { label: '简要情况', value: x.summary, span: 3 },
          { label: '调处状态', value: DISPUTE_STATUS_LABELS[x.status] },
          { label: '调解人', value: x.mediator },
          { label: '化解日期', value: x.resolvedDate },
          { label: '调处结果', value: x.result, span: 3 },
          { label: '备注', value: x.notes, span: 3 },
        ]}
        infoLabel="登记内容"
        history={history}
      />
      <div className="tg-muted tg-record-foot">登记于 {formatDateTime(history.find((h) => h.action === 'create')?.at)}</div>
    </div>
  );
}
