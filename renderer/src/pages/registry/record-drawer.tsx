// The record page (a drawer over the ledger): the fields, the household and its members,
// the house and its residents, the cases that involve the record, and its change history.
import { Alert, App, Button, DatePicker, Drawer, Empty, Form, Input, Select, Space, Spin, Tabs, Tag, Timeline } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import type { OrgUnit } from '../../../../shared/org/org-types';
import type { HouseRow, PersonRow } from '../../../../shared/registry/registry-records';
import {
  CARE_TAG_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_STATUS_LABELS,
  FACILITY_CONDITION_LABELS,
  FACILITY_KIND_LABELS,
  GENDER_LABELS,
  HOUSE_STRUCTURE_LABELS,
  HOUSE_USAGE_LABELS,
  ORG_KIND_LABELS,
  OWNERSHIP_LABELS,
  POLITICAL_STATUS_LABELS,
  RENTAL_USE_LABELS,
  RESIDENCE_TYPE_LABELS,
  SAFETY_GRADE_LABELS,
  SPECIAL_KIND_LABELS,
  SPECIAL_STATUS_LABELS,
  SUPERVISION_LEVEL_LABELS,
  VISIT_METHOD_LABELS,
  type VisitMethod,
} from '../../../../shared/registry/registry-types';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { formatDateTime, formatNumber, label } from './format';
import { HistoryTimeline } from './history-timeline';
import type { RecordTarget } from './ledger-kinds';
import { RecordFormModal } from './record-form-modal';
import type { EditableKind } from './record-fields';
import { ArchiveButton, CasesList, Fields, PeopleTable, type FieldItem } from './record-parts';

interface Props {
  target: RecordTarget | null;
  units: OrgUnit[];
  onClose: () => void;
  onOpen: (t: RecordTarget) => void;
}

const TITLES: Record<RecordTarget['kind'], string> = {
  person: '人员档案',
  household: '户档案',
  house: '房屋档案',
  building: '楼栋',
  organisation: '单位场所档案',
  facility: '部件设施档案',
  special: '特殊人群档案',
  dispute: '矛盾纠纷登记',
};

export function RecordDrawer({ target, units, onClose, onOpen }: Props) {
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={980}
      title={target ? TITLES[target.kind] : ''}
      destroyOnHidden
      className="tg-record-drawer"
      data-testid="record-drawer"
    >
      {target ? <RecordBody key={`${target.kind}:${target.id}`} target={target} units={units} onOpen={onOpen} /> : null}
    </Drawer>
  );
}

function RecordBody({ target, units, onOpen }: { target: RecordTarget; units: OrgUnit[]; onOpen: (t: RecordTarget) => void }) {
  switch (target.kind) {
    case 'person':
      return <PersonRecord id={target.id} units={units} onOpen={onOpen} />;
    case 'household':
      return <HouseholdRecord id={target.id} onOpen={onOpen} />;
    case 'house':
      return <HouseRecord id={target.id} units={units} onOpen={onOpen} />;
    case 'organisation':
      return <OrganisationRecord id={target.id} units={units} />;
    case 'facility':
      return <FacilityRecord id={target.id} units={units} />;
    case 'special':
      return <SpecialRecord id={target.id} units={units} onOpen={onOpen} />;
    case 'dispute':
      return <DisputeRecord id={target.id} units={units} />;
    default:
      return <Empty description="此类记录没有档案页" />;
  }
}

function Loading({ error }: { error: unknown }) {
  if (error) return <Alert type="error" showIcon title="无法读取这条记录" description={error instanceof Error ? error.message : undefined} />;
  return (
    <div className="tg-record-loading">
      <Spin />
    </div>
  );
}

/** Header line of a record: title, tags, and the edit/archive buttons. */
function RecordHead({
  title,
  tags,
  editKind,
  record,
  archiveKind,
  units,
  extra,
}: {
  title: ReactNode;
  tags?: ReactNode;
  editKind?: EditableKind;
  record?: Record<string, unknown> & { id: string; archived: boolean; gridId?: string };
  archiveKind?: Parameters<typeof ArchiveButton>[0]['kind'];
  units: OrgUnit[];
  extra?: ReactNode;
}) {
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const canWrite = session.can('registry.write');
  return (
    <div className="tg-record-head">
      <div className="tg-record-title">
        <span data-testid="record-title">{title}</span>
        {tags}
        {record?.archived ? <Tag>已归档</Tag> : null}
      </div>
      <Space>
        {extra}
        {canWrite && editKind && record ? (
          <Button type="primary" onClick={() => setEditing(true)} data-testid="record-edit">
            编辑
          </Button>
        ) : null}
        {canWrite && archiveKind && record ? <ArchiveButton kind={archiveKind} id={record.id} archived={record.archived} /> : null}
      </Space>
      {editKind && record ? (
        <RecordFormModal kind={editKind} record={record} units={units} open={editing} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      ) : null}
    </div>
  );
}

function MaskedNote({ masked }: { masked: boolean }) {
  return masked ? <div className="tg-record-masked">身份证号、电话已按权限脱敏显示</div> : null;
}

function personItems(p: PersonRow): FieldItem[] {
  return [
    { label: '姓名', value: p.name },
    { label: '性别', value: label(GENDER_LABELS, p.gender) },
    { label: '出生日期', value: p.birthDate ? `${p.birthDate}（${p.age ?? '—'}岁）` : null },
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

function houseItems(h: HouseRow): FieldItem[] {
  return [
    { label: '房屋地址', value: [h.address, h.buildingName, h.unit, h.room].filter(Boolean).join(' '), span: 3 },
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

function PersonRecord({ id, units, onOpen }: { id: string; units: OrgUnit[]; onOpen: (t: RecordTarget) => void }) {
  const q = useRpcQuery('registry.person', { id });
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const p = d.person;
  const tabs = [
    { key: 'info', label: '基本信息', children: <Fields items={personItems(p)} testId="record-fields" /> },
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
      children: d.house ? (
        <>
          <div className="tg-record-sub">
            <a onClick={() => onOpen({ kind: 'house', id: d.house!.id })}>打开房屋档案</a>
          </div>
          <Fields items={houseItems(d.house)} />
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未关联房屋（现住址与房屋台账地址一致时自动关联）" />
      ),
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
    { key: 'cases', label: `相关事件（${d.cases.length}）`, children: <CasesList cases={d.cases} /> },
    { key: 'history', label: `修改记录（${d.history.length}）`, children: <HistoryTimeline entries={d.history} /> },
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
        editKind="person"
        archiveKind="person"
        record={p as unknown as Record<string, unknown> & { id: string; archived: boolean }}
        units={units}
      />
      <MaskedNote masked={d.masked} />
      <Tabs items={tabs} data-testid="record-tabs" />
    </div>
  );
}

function HouseholdRecord({ id, onOpen }: { id: string; onOpen: (t: RecordTarget) => void }) {
  const q = useRpcQuery('registry.household', { id });
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const h = d.household;
  return (
    <div className="tg-record">
      <div className="tg-record-head">
        <div className="tg-record-title">
          <span data-testid="record-title">户号 {h.householdNo}</span>
          <span className="tg-muted">{h.gridName}</span>
        </div>
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
      <Tabs
        items={[
          { key: 'members', label: `家庭成员（${d.members.length}）`, children: <PeopleTable people={d.members} onOpen={onOpen} /> },
          {
            key: 'house',
            label: '房屋',
            children: d.house ? (
              <>
                <div className="tg-record-sub">
                  <a onClick={() => onOpen({ kind: 'house', id: d.house!.id })}>打开房屋档案</a>
                </div>
                <Fields items={houseItems(d.house)} />
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未关联房屋" />
            ),
          },
          { key: 'history', label: `修改记录（${d.history.length}）`, children: <HistoryTimeline entries={d.history} /> },
        ]}
      />
    </div>
  );
}

function HouseRecord({ id, units, onOpen }: { id: string; units: OrgUnit[]; onOpen: (t: RecordTarget) => void }) {
  const q = useRpcQuery('registry.house', { id });
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const h = d.house;
  return (
    <div className="tg-record">
      <RecordHead
        title={[h.address, h.buildingName, h.unit, h.room].filter(Boolean).join(' ')}
        tags={h.isRental ? <Tag color="orange">出租房屋</Tag> : <Tag>{HOUSE_USAGE_LABELS[h.usage]}</Tag>}
        editKind="house"
        archiveKind="house"
        record={h as unknown as Record<string, unknown> & { id: string; archived: boolean }}
        units={units}
      />
      <MaskedNote masked={d.masked} />
      <Tabs
        items={[
          { key: 'info', label: '基本信息', children: <Fields items={houseItems(h)} testId="record-fields" /> },
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
              <>
                <div className="tg-record-sub">
                  <a onClick={() => onOpen({ kind: 'person', id: d.landlord!.id })}>打开房东人员档案</a>
                </div>
                <Fields items={personItems(d.landlord).slice(0, 9)} />
              </>
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
          { key: 'cases', label: `相关事件（${d.cases.length}）`, children: <CasesList cases={d.cases} /> },
          { key: 'history', label: `修改记录（${d.history.length}）`, children: <HistoryTimeline entries={d.history} /> },
        ]}
      />
    </div>
  );
}

function OrganisationRecord({ id, units }: { id: string; units: OrgUnit[] }) {
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
        editKind="organisation"
        archiveKind="organisation"
        record={o as unknown as Record<string, unknown> & { id: string; archived: boolean }}
        units={units}
      />
      <Tabs
        items={[
          {
            key: 'info',
            label: '基本信息',
            children: (
              <Fields
                testId="record-fields"
                items={[
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
              />
            ),
          },
          { key: 'cases', label: `相关事件（${d.cases.length}）`, children: <CasesList cases={d.cases} /> },
          { key: 'history', label: `修改记录（${d.history.length}）`, children: <HistoryTimeline entries={d.history} /> },
        ]}
      />
    </div>
  );
}

function FacilityRecord({ id, units }: { id: string; units: OrgUnit[] }) {
  const q = useRpcQuery('registry.facility', { id });
  if (!q.data) return <Loading error={q.error} />;
  const d = q.data;
  const f = d.facility;
  return (
    <div className="tg-record">
      <RecordHead
        title={`${FACILITY_KIND_LABELS[f.kind]} ${f.code}`}
        tags={<Tag color={f.condition === 'good' ? 'green' : 'red'}>{FACILITY_CONDITION_LABELS[f.condition]}</Tag>}
        editKind="facility"
        archiveKind="facility"
        record={f as unknown as Record<string, unknown> & { id: string; archived: boolean }}
        units={units}
      />
      <Tabs
        items={[
          {
            key: 'info',
            label: '基本信息',
            children: (
              <Fields
                testId="record-fields"
                items={[
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
              />
            ),
          },
          { key: 'cases', label: `相关事件（${d.cases.length}）`, children: <CasesList cases={d.cases} /> },
          { key: 'history', label: `修改记录（${d.history.length}）`, children: <HistoryTimeline entries={d.history} /> },
        ]}
      />
    </div>
  );
}

function VisitForm({ specialId, onDone }: { specialId: string; onDone: () => void }) {
  const { message } = App.useApp();
  const session = useSession();
  const [form] = Form.useForm<{ visitDate: Dayjs; visitor: string; method: VisitMethod; content: string; finding?: string }>();
  const add = useRpcMutation('registry.addSpecialVisit', {
    onSuccess: () => {
      void message.success('走访记录已登记');
      form.resetFields();
      onDone();
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      className="tg-visit-form"
      initialValues={{ visitDate: dayjs(), visitor: session.user?.displayName ?? '', method: 'home' }}
      onFinish={(v) =>
        add.mutate({ specialId, visitDate: v.visitDate.format('YYYY-MM-DD'), visitor: v.visitor, method: v.method, content: v.content, finding: v.finding || null })
      }
    >
      <div className="tg-record-form-grid">
        <Form.Item name="visitDate" label="走访日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="visitor" label="走访人" rules={[{ required: true, message: '请填写走访人' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="method" label="方式">
          <Select options={Object.entries(VISIT_METHOD_LABELS).map(([value, l]) => ({ value, label: l }))} />
        </Form.Item>
        <Form.Item name="content" label="走访内容" className="tg-span-3" rules={[{ required: true, message: '请填写走访内容' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="finding" label="发现问题" className="tg-span-3">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </div>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        登记走访
      </Button>
    </Form>
  );
}

function SpecialRecord({ id, units, onOpen }: { id: string; units: OrgUnit[]; onOpen: (t: RecordTarget) => void }) {
  const session = useSession();
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
        editKind="special"
        archiveKind="special"
        record={s as unknown as Record<string, unknown> & { id: string; archived: boolean }}
        units={units}
        extra={<Button onClick={() => onOpen({ kind: 'person', id: s.personId })}>人员档案</Button>}
      />
      <MaskedNote masked={d.masked} />
      <Tabs
        items={[
          {
            key: 'info',
            label: '基本信息',
            children: (
              <Fields
                testId="record-fields"
                items={[
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
              />
            ),
          },
          {
            key: 'visits',
            label: `帮扶走访（${d.visits.length}）`,
            children: (
              <>
                {session.can('registry.write') ? (
                  adding ? (
                    <VisitForm specialId={s.id} onDone={() => setAdding(false)} />
                  ) : (
                    <Button onClick={() => setAdding(true)} className="tg-record-sub">
                      登记走访
                    </Button>
                  )
                ) : null}
                {d.visits.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有走访记录" />
                ) : (
                  <Timeline
                    className="tg-history"
                    items={[...d.visits]
                      .sort((a, b) => b.visitDate.localeCompare(a.visitDate))
                      .map((v) => ({
                        key: v.id,
                        content: (
                          <div className="tg-history-entry">
                            <div className="tg-history-head">
                              <span className="tg-history-time">{v.visitDate}</span>
                              <span className="tg-history-actor">{v.visitor}</span>
                              <Tag>{VISIT_METHOD_LABELS[v.method]}</Tag>
                            </div>
                            <div>{v.content}</div>
                            {v.finding ? <div className="tg-warn-low">发现问题：{v.finding}</div> : null}
                          </div>
                        ),
                      }))}
                  />
                )}
              </>
            ),
          },
          { key: 'history', label: `修改记录（${d.history.length}）`, children: <HistoryTimeline entries={d.history} /> },
        ]}
      />
    </div>
  );
}

function DisputeRecord({ id, units }: { id: string; units: OrgUnit[] }) {
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
        editKind="dispute"
        archiveKind="dispute"
        record={x as unknown as Record<string, unknown> & { id: string; archived: boolean }}
        units={units}
      />
      <Tabs
        items={[
          {
            key: 'info',
            label: '登记内容',
            children: (
              <Fields
                testId="record-fields"
                items={[
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
              />
            ),
          },
          { key: 'history', label: `修改记录（${history.length}）`, children: <HistoryTimeline entries={history} /> },
        ]}
      />
      <div className="tg-muted tg-record-foot">登记于 {formatDateTime(history.find((h) => h.action === 'create')?.at)}</div>
    </div>
  );
}
