// 特殊人群档案: the entry's fields, its 帮扶走访, history, and a link to the person's page.
import { Button, Tag } from 'antd';
import { useState } from 'react';
import type { OrgUnit } from '../../../../../shared/org/org-types';
import { GENDER_LABELS, SPECIAL_KIND_LABELS, SPECIAL_STATUS_LABELS, SUPERVISION_LEVEL_LABELS } from '../../../../../shared/registry/registry-types';
import { useRpcQuery } from '../../../app/rpc-hooks';
import { label } from '../format';
import type { RecordTarget } from '../ledger-kinds';
import { Loading, MaskedNote, RecordHead, RecordTabs } from './record-frame';
import { SpecialVisits } from './special-visits';

export function SpecialRecord({ id, units, onOpen }: { id: string; units: OrgUnit[]; onOpen: (t: RecordTarget) => void }) {
  const q = useRpcQuery('registry.special', { id });
  const [adding, setAdding] = useState(false);
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const s = d.special;
  return (
    <div className="tg-record">
      <RecordHead
        title={s.name}
        tags={
          <>
            <Tag color="red">{SPECIAL_KIND_LABELS[s.kind]}</Tag>
            <Tag color="orange">{SUPERVISION_LEVEL_LABELS[s.supervisionLevel]}</Tag>
            <Tag>{SPECIAL_STATUS_LABELS[s.status]}</Tag>
          </>
        }
        kind="special"
        record={s}
        units={units}
        extra={<Button onClick={() => onOpen({ kind: 'person', id: s.personId })}>人员档案</Button>}
      />
      <MaskedNote masked={d.masked} />
      <RecordTabs
        info={[
          { label: '姓名', value: s.name },
          { label: '性别', value: label(GENDER_LABELS, s.gender) },
          { label: '出生日期', value: s.birthDate },
          { label: '公民身份号码', value: s.citizenId },
          { label: '联系电话', value: s.phone },
          { label: '所属网格', value: s.gridName },
          { label: '现住址', value: s.address, span: 3 },
          { label: '人员类别', value: SPECIAL_KIND_LABELS[s.kind] },
          { label: '管控级别', value: SUPERVISION_LEVEL_LABELS[s.supervisionLevel] },
          { label: '状态', value: SPECIAL_STATUS_LABELS[s.status] },
          { label: '列管日期', value: s.startDate },
          { label: '解除日期', value: s.endDate },
          { label: '走访次数', value: s.visitCount },
          { label: '帮扶责任人', value: s.helperName },
          { label: '责任人电话', value: s.helperPhone },
          { label: '最近走访', value: s.lastVisitDate },
          { label: '备注', value: s.notes, span: 3 },
        ]}
        tabs={[
          {
            key: 'visits',
            label: `帮扶走访（${d.visits.length}）`,
            children: <SpecialVisits specialId={s.id} visits={d.visits} adding={adding} setAdding={setAdding} />,
          },
        ]}
        history={d.history}
      />
    </div>
  );
}
