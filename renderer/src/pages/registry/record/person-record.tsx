// 人员档案: the person's fields, household members, house, special-population entries, its household's visits, cases, history.
import { Space, Tag } from 'antd';
import type { OrgUnit } from '../../../../../shared/org/org-types';
import { RESIDENCE_TYPE_LABELS, SPECIAL_KIND_LABELS, SPECIAL_STATUS_LABELS, SUPERVISION_LEVEL_LABELS } from '../../../../../shared/registry/registry-types';
import { useRpcQuery } from '../../../app/rpc-hooks';
import type { RecordTarget } from '../ledger-kinds';
import { LinkedHouse } from './house-fields';
import { personItems } from './person-fields';
import { Loading, MaskedNote, RecordHead, RecordTabs } from './record-frame';
import { PeopleTable } from './record-parts';
import { useRecordVisits } from './record-visits';

export function PersonRecord({ id, units, onOpen }: { id: string; units: OrgUnit[]; onOpen: (t: RecordTarget) => void }) {
  const q = useRpcQuery('registry.person', { id });
  const visits = useRecordVisits({ personId: id }, true);
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const p = d.person;
  const tabs = [
    {
      key: 'household',
      label: `同户成员（${d.members.length}）`,
      children: (
        <>
          {d.household ? (
            <div className="tg-record-sub">
              户号 <a onClick={() => onOpen({ kind: 'household', id: d.household!.id })}>{d.household.householdNo}</a>，户主 {d.household.headName ?? '—'}，
              地址 {d.household.address ?? '—'}
            </div>
          ) : (
            <div className="tg-record-sub tg-muted">未关联到户</div>
          )}
          <PeopleTable people={d.members} onOpen={onOpen} highlight={p.id} />
        </>
      ),
    },
    {
      key: 'house',
      label: '所住房屋',
      children: <LinkedHouse house={d.house} empty="未关联房屋（现住址与房屋台账地址一致时自动关联）" onOpen={onOpen} />,
    },
    ...(d.specials && d.specials.length > 0
      ? [
          {
            key: 'special',
            label: `特殊人群（${d.specials.length}）`,
            children: (
              <Space direction="vertical">
                {d.specials.map((s) => (
                  <a key={s.id} onClick={() => onOpen({ kind: 'special', id: s.id })}>
                    {SPECIAL_KIND_LABELS[s.kind]} · {SUPERVISION_LEVEL_LABELS[s.supervisionLevel]} · {SPECIAL_STATUS_LABELS[s.status]}
                  </a>
                ))}
              </Space>
            ),
          },
        ]
      : []),
    ...visits,
  ];
  return (
    <div className="tg-record">
      <RecordHead
        title={p.name}
        tags={
          <>
            <Tag color="blue">{RESIDENCE_TYPE_LABELS[p.residenceType]}</Tag>
            <span className="tg-muted">{p.gridName}</span>
          </>
        }
        kind="person"
        record={p}
        units={units}
      />
      <MaskedNote masked={d.masked} />
      <RecordTabs info={personItems(p)} tabs={tabs} cases={d.cases} history={d.history} testId="record-tabs" />
    </div>
  );
}
