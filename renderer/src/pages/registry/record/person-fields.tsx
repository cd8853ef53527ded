// The fields of a person, as the person page and the house page's landlord tab show them.
import { Tag } from 'antd';
import type { PersonRow } from '../../../../../shared/registry/registry-records';
import { CARE_TAG_LABELS, GENDER_LABELS, POLITICAL_STATUS_LABELS, RESIDENCE_TYPE_LABELS } from '../../../../../shared/registry/registry-types';
import { label } from '../format';
import type { FieldItem } from './record-parts';

export function personItems(p: PersonRow): FieldItem[] {
  return [
    { label: '姓名', value: p.name },
    { label: '性别', value: label(GENDER_LABELS, p.gender) },
    { label: '出生日期', value: p.birthDate ? (p.age === null ? p.birthDate : `${p.birthDate}（${p.age}岁）`) : null },
    { label: '公民身份号码', value: <span className="tg-num">{p.citizenId}</span> },
    { label: '联系电话', value: p.phone },
    { label: '民族', value: p.ethnicity },
    { label: '人员类型', value: RESIDENCE_TYPE_LABELS[p.residenceType] },
    { label: '所属网格', value: p.gridName },
    { label: '政治面貌', value: label(POLITICAL_STATUS_LABELS, p.politicalStatus) },
    { label: '户籍地址', value: p.householdAddress, span: 3 },
    { label: '现住址', value: p.address, span: 3 },
    { label: '户号', value: p.householdNo },
    { label: '与户主关系', value: p.relationToHead },
    { label: '工作单位 / 职业', value: [p.employer, p.occupation].filter(Boolean).join(' / ') },
    {
      label: '关爱标签',
      span: 3,
      value: p.careTags.length ? p.careTags.map((t) => <Tag key={t} color="cyan">{CARE_TAG_LABELS[t] ?? t}</Tag>) : null,
    },
    ...(p.residenceType !== 'registered'
      ? [
          { label: '来本地日期', value: p.arrivalDate },
          { label: '居住事由', value: p.residenceReason },
          { label: '居住证号', value: p.permitNo },
        ]
      : []),
    ...(p.residenceType === 'foreign' ? [{ label: '国籍', value: p.nationality, span: 3 }] : []),
    { label: '备注', value: p.notes, span: 3 },
  ];
}
