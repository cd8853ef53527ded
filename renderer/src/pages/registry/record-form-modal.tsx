// New / edit form of a ledger record. Only changed fields are sent, so a masked ID or phone
// that the user did not retype is never written back.
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Switch, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { OrgUnit } from '../../../../shared/org/org-types';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import { showFieldErrors } from '../../ui/form-errors';
import { CREATE_METHODS, FORM_DEFS, UPDATE_METHODS, isMasked, type EditableKind, type FieldSpec } from './record-fields';

type Values = Record<string, unknown>;

interface Props {
  kind: EditableKind;
  /** The record being edited (its row as the list returns it); null for a new one. */
  record: Values | null;
  units: OrgUnit[];
  defaultGridId?: string | null;
  open: boolean;
  onClose: () => void;
  onSaved: (saved: { id: string }) => void;
}

function toForm(spec: FieldSpec, v: unknown): unknown {
  if (spec.kind === 'date') return typeof v === 'string' && v ? dayjs(v) : null;
  if (spec.kind === 'sensitive') return isMasked(v) ? '' : (v ?? '');
  if (spec.kind === 'multi') return Array.isArray(v) ? v : [];
  if (spec.kind === 'bool') return v === true;
  return v ?? (spec.kind === 'int' || spec.kind === 'decimal' || spec.kind === 'select' || spec.kind === 'grid' ? null : '');
}

function fromForm(spec: FieldSpec, v: unknown): unknown {
  if (spec.kind === 'date') return v ? (v as Dayjs).format('YYYY-MM-DD') : null;
  if (spec.kind === 'bool') return v === true;
  if (spec.kind === 'multi') return Array.isArray(v) ? v : [];
  if (spec.kind === 'int' || spec.kind === 'decimal') return typeof v === 'number' ? v : null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  return v ?? null;
}

function gridTree(units: OrgUnit[]) {
  const children = new Map<string | null, OrgUnit[]>();
  for (const u of units) {
    if (u.archived) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  type Node = { value: string; title: string; selectable: boolean; children: Node[] };
  const build = (parent: string | null): Node[] =>
    (children.get(parent) ?? [])
      .filter((u) => u.kind !== 'microgrid' && u.kind !== 'building')
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((u) => ({ value: u.id, title: u.name, selectable: u.kind === 'grid', children: u.kind === 'grid' ? [] : build(u.id) }));
  return build(null);
}

export function RecordFormModal({ kind, record, units, defaultGridId, open, onClose, onSaved }: Props) {
  const def = FORM_DEFS[kind];
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const creating = record === null;
  const treeData = useMemo(() => gridTree(units), [units]);

  const initial = useMemo(() => {
    const v: Values = {};
    for (const f of def.fields) v[f.name] = toForm(f, record ? record[f.name] : undefined);
    if (creating) {
      if (defaultGridId && units.some((u) => u.id === defaultGridId && u.kind === 'grid')) v.gridId = defaultGridId;
      if (kind === 'person') v.residenceType = 'registered';
      if (kind === 'house') v.usage = 'residential';
      if (kind === 'dispute') {
        v.foundDate = dayjs();
        v.status = 'open';
      }
      if (kind === 'facility') v.condition = 'good';
    }
    return v;
  }, [def, record, creating, defaultGridId, units, kind]);
  const watched = (Form.useWatch([], form) as Values | undefined) ?? initial;

  const submit = async () => {
    const values = (await form.validateFields()) as Values;
    const input: Values = {};
    for (const f of def.fields) {
      if (f.when && !f.when({ ...initial, ...values })) continue;
      const next = fromForm(f, values[f.name]);
      if (f.kind === 'sensitive' && next === null && record && isMasked(record[f.name])) continue;
      if (creating) {
        if (next !== null && !(Array.isArray(next) && next.length === 0)) input[f.name] = next;
      } else if (JSON.stringify(next) !== JSON.stringify(fromForm(f, initial[f.name]))) {
        input[f.name] = next;
      }
    }
    if (!creating) {
      if (Object.keys(input).length === 0) {
        void message.info('没有修改');
        onClose();
        return;
      }
      input.id = String(record.id);
    }
    const schema = creating ? def.create : def.update;
    const parsed = schema?.safeParse(input);
    if (parsed && !parsed.success) {
      const names = def.fields.map((f) => f.name);
      const byField = new Map<string, string>();
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? '');
        if (names.includes(name) && !byField.has(name)) byField.set(name, issue.message);
      }
      if (byField.size > 0) {
        form.setFields([...byField].map(([name, msg]) => ({ name, errors: [msg] })));
        return;
      }
      void message.error(parsed.error.issues[0]?.message ?? '填写有误');
      return;
    }
    setSaving(true);
    try {
      const method = creating ? CREATE_METHODS[kind as keyof typeof CREATE_METHODS] : UPDATE_METHODS[kind];
      const saved = (await (invoke as (m: string, i: unknown) => Promise<{ id: string }>)(method, input)) ?? { id: String(record?.id) };
      void message.success(creating ? `${def.title}已登记` : '已保存，修改已记入历史');
      onSaved(saved);
    } catch (err) {
      if (!showFieldErrors(form, err, def.fields.map((f) => f.name))) void message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const field = (f: FieldSpec) => {
    if (f.when && !f.when(watched)) return null;
    const masked = f.kind === 'sensitive' && record && isMasked(record[f.name]);
    let control;
    switch (f.kind) {
      case 'textarea':
        control = <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />;
        break;
      case 'select':
        control = <Select allowClear={!f.required} options={Object.entries(f.options ?? {}).map(([value, label]) => ({ value, label }))} />;
        break;
      case 'multi':
        control = <Select mode="multiple" allowClear options={Object.entries(f.options ?? {}).map(([value, label]) => ({ value, label }))} />;
        break;
      case 'date':
        control = <DatePicker style={{ width: '100%' }} />;
        break;
      case 'int':
        control = <InputNumber style={{ width: '100%' }} min={0} precision={0} />;
        break;
      case 'decimal':
        control = <InputNumber style={{ width: '100%' }} />;
        break;
      case 'bool':
        control = <Switch checkedChildren="是" unCheckedChildren="否" />;
        break;
      case 'grid':
        control = <TreeSelect showSearch treeNodeFilterProp="title" treeData={treeData} placeholder="选择网格" treeDefaultExpandAll={false} />;
        break;
      default:
        control = <Input placeholder={masked ? `已脱敏（${String(record![f.name])}），不修改请留空` : f.placeholder} autoComplete="off" />;
    }
    return (
      <Form.Item
        key={f.name}
        name={f.name}
        label={f.label}
        required={f.required}
        valuePropName={f.kind === 'bool' ? 'checked' : 'value'}
        rules={f.required && !masked ? [{ required: true, message: `请填写${f.label}` }] : undefined}
        className={f.span ? `tg-span-${f.span}` : undefined}
      >
        {control}
      </Form.Item>
    );
  };

  return (
    <Modal
      open={open}
      title={creating ? `登记${def.title}` : `编辑${def.title}`}
      width={880}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Form form={form} layout="vertical" initialValues={initial} className="tg-record-form" data-testid="record-form" preserve={false}>
        <div className="tg-record-form-grid">{def.fields.map(field)}</div>
      </Form>
    </Modal>
  );
}
