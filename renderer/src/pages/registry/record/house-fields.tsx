// The fields of a house, and the 房屋 tab that the person and household pages show.
import { Empty, Tag } from 'antd';
import type { HouseRow } from '../../../../../shared/registry/registry-records';
import { HOUSE_STRUCTURE_LABELS, HOUSE_USAGE_LABELS, OWNERSHIP_LABELS, RENTAL_USE_LABELS } from '../../../../../shared/registry/registry-types';
import { formatNumber, label } from '../format';
import type { RecordTarget } from '../ledger-kinds';
import { LinkedFields, type FieldItem } from './record-parts';

/** 地址 楼栋 单元 室, whichever are known. */
export function houseAddress(h: HouseRow): string {
  return [h.address, h.buildingName, h.unit, h.room].filter(Boolean).join(' ');
}

export function houseItems(h: HouseRow): FieldItem[] {
  return [
    { label: '房屋地址', value: houseAddress(h), span: 3 },
    { label: '所属网格', value: h.gridName },
    { label: '建筑面积', value: h.areaM2 !== null ? `${formatNumber(h.areaM2, 1)} ㎡` : null },
    { label: '房屋用途', value: HOUSE_USAGE_LABELS[h.usage] },
    { label: '房屋结构', value: label(HOUSE_STRUCTURE_LABELS, h.structure) },
    { label: '产权性质', value: label(OWNERSHIP_LABELS, h.ownership) },
    { label: '出租房屋', value: h.isRental ? <Tag color="orange">出租（{label(RENTAL_USE_LABELS, h.rentalUse)}）</Tag> : '否' },
    { label: '房东', value: h.landlordName },
    { label: '房东电话', value: h.landlordPhone },
    { label: '房东身份证号', value: h.landlordCitizenId },
    { label: '登记居住人数', value: h.occupants },
    { label: '台账在住人数', value: h.residentCount },
    { label: '备注', value: h.notes },
  ];
}

/** The linked house with a link to its page, or `empty` when there is none. */
export function LinkedHouse({ house, empty, onOpen }: { house: HouseRow | null | undefined; empty: string; onOpen: (t: RecordTarget) => void }) {
  if (!house) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return <LinkedFields link="打开房屋档案" onOpen={() => onOpen({ kind: 'house', id: house.id })} items={houseItems(house)} />;
}
