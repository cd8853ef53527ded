// 户档案: the household's fields, its members, its house, its visits (走访记录), history (households are not edited here).
import type { RecordTarget } from '../ledger-kinds';
import { useRpcQuery } from '../../../app/rpc-hooks';
import { LinkedHouse } from './house-fields';
import { Loading, MaskedNote, RecordTabs, RecordTitle } from './record-frame';
import { Fields, PeopleTable } from './record-parts';
import { useRecordVisits } from './record-visits';

export function HouseholdRecord({ id, onOpen }: { id: string; onOpen: (t: RecordTarget) => void }) {
  const q = useRpcQuery('registry.household', { id });
  const visits = useRecordVisits({ householdId: id }, false);
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const h = d.household;
  return (
    <div className="tg-record">
      <div className="tg-record-head">
        <RecordTitle title={`户号 ${h.householdNo}`}>
          <span className="tg-muted">{h.gridName}</span>
        </RecordTitle>
      </div>
      <MaskedNote masked={d.masked} />
      <Fields
        items={[
          { label: '户主', value: h.headName },
          { label: '人数', value: h.memberCount },
          { label: '所属网格', value: h.gridName },
          { label: '地址', value: h.address, span: 3 },
        ]}
      />
      <RecordTabs
        tabs={[
          { key: 'members', label: `家庭成员（${d.members.length}）`, children: <PeopleTable people={d.members} onOpen={onOpen} /> },
          { key: 'house', label: '房屋', children: <LinkedHouse house={d.house} empty="未关联房屋" onOpen={onOpen} /> },
          ...visits,
        ]}
        history={d.history}
      />
    </div>
  );
}
