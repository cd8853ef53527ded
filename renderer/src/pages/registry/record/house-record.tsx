// 房屋档案: the house's fields, the households and people living there, the landlord, cases, history.
import { Tag } from 'antd';
import type { OrgUnit } from '../../../../../shared/org/org-types';
import { HOUSE_USAGE_LABELS } from '../../../../../shared/registry/registry-types';
import { useRpcQuery } from '../../../app/rpc-hooks';
import type { RecordTarget } from '../ledger-kinds';
import { houseAddress, houseItems } from './house-fields';
import { personItems } from './person-fields';
import { Loading, MaskedNote, RecordHead, RecordTabs } from './record-frame';
import { Fields, LinkedFields, PeopleTable } from './record-parts';

export function HouseRecord({ id, units, onOpen }: { id: string; units: OrgUnit[]; onOpen: (t: RecordTarget) => void }) {
  const q = useRpcQuery('registry.house', { id });
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const h = d.house;
  return (
    <div className="tg-record">
      <RecordHead
        title={houseAddress(h)}
        tags={h.isRental ? <Tag color="orange">出租房屋</Tag> : <Tag>{HOUSE_USAGE_LABELS[h.usage]}</Tag>}
        kind="house"
        record={h}
        units={units}
      />
      <MaskedNote masked={d.masked} />
      <RecordTabs
        info={houseItems(h)}
        tabs={[
          {
            key: 'residents',
            label: `住户（${d.households.length}户 ${d.residents.length}人）`,
            children: (
              <>
                {d.households.length > 0 ? (
                  <div className="tg-record-sub">
                    {d.households.map((hh) => (
                      <Tag key={hh.id} className="tg-clickable" onClick={() => onOpen({ kind: 'household', id: hh.id })}>
                        户号 {hh.householdNo}（{hh.headName ?? '户主未登记'}，{hh.memberCount}人）
                      </Tag>
                    ))}
                  </div>
                ) : null}
                <PeopleTable people={d.residents} onOpen={onOpen} />
              </>
            ),
          },
          {
            key: 'landlord',
            label: '房东',
            children: d.landlord ? (
              <LinkedFields
                link="打开房东人员档案"
                onOpen={() => onOpen({ kind: 'person', id: d.landlord!.id })}
                items={personItems(d.landlord).slice(0, 9)}
              />
            ) : (
              <Fields
                items={[
                  { label: '房东姓名', value: h.landlordName },
                  { label: '房东电话', value: h.landlordPhone },
                  { label: '房东身份证号', value: h.landlordCitizenId },
                ]}
              />
            ),
          },
        ]}
        cases={d.cases}
        history={d.history}
      />
    </div>
  );
}
