// Edits one unit's name, code, grid type, households and population (org.updateUnit).
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { GRID_TYPES, GRID_TYPE_LABELS, unitUpdateInput, type GridType, type OrgUnit } from '../../../../shared/org/org-types';
import { rpcKey, useRpcMutation } from '../../app/rpc-hooks';
import { showFieldErrors } from '../../ui/form-errors';
import { zodFieldRule } from '../../ui/zod-rule';

interface FormValues {
  name: string;
  code: string;
  gridType: GridType | null;
  households: number | null;
  populationRegistered: number | null;
  populationFloating: number | null;
  areaKm2: number | null;
}

const FIELDS = ['name', 'code', 'gridType', 'households', 'populationRegistered', 'populationFloating', 'areaKm2'] as const;

function valuesOf(u: OrgUnit): FormValues {
  return {
    name: u.name,
    code: u.code,
    gridType: u.gridType,
    households: u.households,
    populationRegistered: u.populationRegistered,
    populationFloating: u.populationFloating,
    areaKm2: u.areaKm2,
  };
}

function toInput(unit: OrgUnit, v: Partial<FormValues>) {
  return {
    id: unit.id,
    name: v.name?.trim(),
    code: unit.kind === 'town' ? undefined : v.code?.trim(),
    gridType: unit.kind === 'grid' ? (v.gridType ?? null) : undefined,
    households: v.households ?? 0,
    populationRegistered: v.populationRegistered ?? 0,
    populationFloating: v.populationFloating ?? 0,
    areaKm2: v.areaKm2 ?? null,
  };
}

export function UnitEditForm({ unit, canWrite }: { unit: OrgUnit; canWrite: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const client = useQueryClient();
  /** The version the user started editing from; null while the form just mirrors the unit. */
  const [editBase, setEditBase] = useState<string | null>(null);
  const update = useRpcMutation('org.updateUnit', { silent: true });

  // Follow changes made elsewhere unless the user is in the middle of editing.
  useEffect(() => {
    if (editBase === null) form.setFieldsValue(valuesOf(unit));
  }, [unit, form, editBase]);
  const staleNotice = editBase !== null && editBase !== unit.updatedAt && !update.isPending;

  const reload = () => {
    form.resetFields();
    form.setFieldsValue(valuesOf(unit));
    setEditBase(null);
  };

  const save = async (v: FormValues) => {
    try {
      const saved = await update.mutateAsync(toInput(unit, v));
      // Show the saved unit at once; the `changed` event refreshes everything else.
      client.setQueryData(rpcKey('org.units', { includeArchived: true }), (list: OrgUnit[] | undefined) =>
        list?.map((u) => (u.id === saved.id ? saved : u)),
      );
      form.resetFields();
      form.setFieldsValue(valuesOf(saved));
      setEditBase(null);
      void message.success(`“${saved.name}”已保存`);
    } catch (err) {
      if (!showFieldErrors(form, err, FIELDS)) void message.error(err instanceof Error ? err.message : '保存失败');
    }
  };

  const rule = (field: (typeof FIELDS)[number]) => zodFieldRule(unitUpdateInput, field, (v) => toInput(unit, v as Partial<FormValues>));
  const readOnly = !canWrite || unit.archived;
  const count = (name: keyof FormValues, label: string, testId: string) => (
    <Form.Item label={label} name={name} rules={[rule(name as (typeof FIELDS)[number])]}>
      <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid={testId} />
    </Form.Item>
  );

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      disabled={readOnly || update.isPending}
      onFinish={(v) => void save(v)}
      onValuesChange={() => setEditBase((b) => b ?? unit.updatedAt)}
      data-testid="unit-form"
    >
      {staleNotice ? (
        <Alert
          type="warning"
          showIcon
          className="tg-form-alert"
          title="该单元已被其他用户修改"
          action={
            <Button size="small" onClick={reload} disabled={false}>
              载入最新数据
            </Button>
          }
        />
      ) : null}
      <div className="tg-form-grid">
        <Form.Item label="名称" name="name" rules={[rule('name')]}>
          <Input maxLength={60} data-testid="unit-name" />
        </Form.Item>
        <Form.Item label="编码" name="code" rules={[rule('code')]} extra={unit.kind === 'town' ? '镇/街道编码为行政区划代码' : '上级编码后加3位数字'}>
          <Input maxLength={21} disabled={unit.kind === 'town' ? true : undefined} data-testid="unit-code" />
        </Form.Item>
        {unit.kind === 'grid' ? (
          <Form.Item label="网格类型" name="gridType" rules={[rule('gridType')]}>
            <Select options={GRID_TYPES.map((t) => ({ value: t, label: GRID_TYPE_LABELS[t] }))} data-testid="unit-grid-type" />
          </Form.Item>
        ) : null}
        {count('households', '户数（填报）', 'unit-households')}
        {count('populationRegistered', '户籍人口（填报）', 'unit-population-registered')}
        {count('populationFloating', '流动人口（填报）', 'unit-population-floating')}
        <Form.Item label="面积（平方公里）" name="areaKm2" rules={[rule('areaKm2')]}>
          <InputNumber min={0} step={0.01} style={{ width: '100%' }} data-testid="unit-area" />
        </Form.Item>
      </div>
      {readOnly ? null : (
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="unit-save">
            保存修改
          </Button>
          <Button onClick={reload}>撤销修改</Button>
        </Space>
      )}
    </Form>
  );
}
