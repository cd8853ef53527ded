// The filters above a ledger table: the search box (debounced) and the ledger's own filters.
// The same filter object goes to the list, its count and the Excel export.
import { SearchOutlined } from '@ant-design/icons';
import { Checkbox, DatePicker, Input, InputNumber, Select, Space, type SelectProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import {
  CARE_TAG_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_STATUS_LABELS,
  FACILITY_CONDITION_LABELS,
  FACILITY_KIND_LABELS,
  HOUSE_USAGE_LABELS,
  ORG_KIND_LABELS,
  POLITICAL_STATUS_LABELS,
  RESIDENCE_TYPE_LABELS,
  SAFETY_GRADE_LABELS,
  SMALL_PREMISES_LABELS,
  SPECIAL_KIND_LABELS,
  SPECIAL_STATUS_LABELS,
  SUPERVISION_LEVEL_LABELS,
  type LedgerKind,
} from '../../../../shared/registry/registry-types';

export type FilterValues = Record<string, unknown>;

const options = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

const ORG_KIND_OPTIONS = [
  { label: '九小场所', options: options(SMALL_PREMISES_LABELS) },
  {
    label: '其他单位',
    options: Object.entries(ORG_KIND_LABELS)
      .filter(([k]) => !(k in SMALL_PREMISES_LABELS))
      .map(([value, label]) => ({ value, label })),
  },
];

interface Props {
  kind: LedgerKind;
  filter: FilterValues;
  onChange: (next: FilterValues) => void;
  searchHint: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function LedgerFilterBar({ kind, filter, onChange, searchHint }: Props) {
  const [search, setSearch] = useState(String(filter.search ?? ''));
  const debounced = useDebounced(search, 300);
  const current = String(filter.search ?? '');
  useEffect(() => {
    if (debounced.trim() !== current.trim()) onChange({ ...filter, search: debounced.trim() || undefined });
    // Only the typed text drives this; the rest of the filter is passed through.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const set = (key: string, value: unknown) => {
    const next = { ...filter, [key]: value };
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
    onChange(next);
  };
  const sel = (key: string, placeholder: string, labels: Readonly<Record<string, string>>, width = 130) => (
    <Select
      allowClear
      placeholder={placeholder}
      style={{ width }}
      value={(filter[key] as string | undefined) ?? undefined}
      options={options(labels)}
      onChange={(v) => set(key, v)}
      data-testid={`filter-${key}`}
    />
  );
  const multi = (key: string, placeholder: string, opts: NonNullable<SelectProps['options']>, width = 220) => (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={placeholder}
      style={{ width }}
      value={(filter[key] as string[] | undefined) ?? []}
      options={opts}
      onChange={(v) => set(key, v)}
      data-testid={`filter-${key}`}
    />
  );

  return (
    <div className="tg-ledger-filters">
      <Input
        allowClear
        prefix={<SearchOutlined className="tg-muted" />}
        placeholder={`搜索：${searchHint}`}
        style={{ width: 380 }}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onPressEnter={() => onChange({ ...filter, search: search.trim() || undefined })}
        data-testid="ledger-search"
      />
      <Space size={8} wrap>
        {kind === 'person' ? (
          <>
            {sel('residenceType', '人员类型', RESIDENCE_TYPE_LABELS, 120)}
            {sel('careTag', '关爱标签', CARE_TAG_LABELS, 140)}
            {sel('gender', '性别', { M: '男', F: '女' }, 80)}
            {multi('politicalStatuses', '政治面貌', options(POLITICAL_STATUS_LABELS), 160)}
            <Space.Compact>
              <InputNumber
                min={0}
                max={150}
                placeholder="年龄从"
                style={{ width: 86 }}
                value={(filter.ageMin as number | undefined) ?? null}
                onChange={(v) => set('ageMin', v ?? undefined)}
              />
              <InputNumber min={0} max={150} placeholder="至" style={{ width: 70 }} value={(filter.ageMax as number | undefined) ?? null} onChange={(v) => set('ageMax', v ?? undefined)} />
            </Space.Compact>
            <Checkbox checked={filter.inRental === true} onChange={(e) => set('inRental', e.target.checked || undefined)}>
              出租房租户
            </Checkbox>
          </>
        ) : null}
        {kind === 'house' ? (
          <>
            <Select
              allowClear
              placeholder="是否出租"
              style={{ width: 110 }}
              value={filter.isRental === undefined ? undefined : filter.isRental ? 'yes' : 'no'}
              options={[
                { value: 'yes', label: '出租房屋' },
                { value: 'no', label: '未出租' },
              ]}
              onChange={(v) => set('isRental', v === undefined ? undefined : v === 'yes')}
              data-testid="filter-isRental"
            />
            {multi('usages', '房屋用途', options(HOUSE_USAGE_LABELS), 200)}
          </>
        ) : null}
        {kind === 'organisation' ? (
          <>
            {multi('kinds', '场所类别（可选九小场所）', ORG_KIND_OPTIONS, 260)}
            {multi('safetyGrades', '安全等级', options(SAFETY_GRADE_LABELS), 180)}
            <Checkbox checked={filter.keySupervision === true} onChange={(e) => set('keySupervision', e.target.checked || undefined)}>
              重点监管
            </Checkbox>
          </>
        ) : null}
        {kind === 'facility' ? (
          <>
            {multi('kinds', '部件类型', options(FACILITY_KIND_LABELS), 220)}
            {multi('conditions', '完好状况', options(FACILITY_CONDITION_LABELS), 180)}
          </>
        ) : null}
        {kind === 'special' ? (
          <>
            {multi('kinds', '人员类别', options(SPECIAL_KIND_LABELS), 240)}
            {sel('supervisionLevel', '管控级别', SUPERVISION_LEVEL_LABELS, 130)}
            {sel('status', '状态', SPECIAL_STATUS_LABELS, 100)}
          </>
        ) : null}
        {kind === 'dispute' ? (
          <>
            {multi('kinds', '纠纷类型', options(DISPUTE_KIND_LABELS), 200)}
            {sel('status', '调处状态', DISPUTE_STATUS_LABELS, 110)}
            <DatePicker.RangePicker
              placeholder={['排查日期从', '至']}
              style={{ width: 250 }}
              value={[filter.from ? dayjs(String(filter.from)) : null, filter.to ? dayjs(String(filter.to)) : null]}
              onChange={(r) => onChange({ ...filter, from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
            />
          </>
        ) : null}
        <Checkbox checked={filter.includeArchived === true} onChange={(e) => set('includeArchived', e.target.checked || undefined)}>
          含已归档
        </Checkbox>
      </Space>
    </div>
  );
}
