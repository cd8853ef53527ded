// 新建下级: a village/community under the town, a grid under a village, … (org.createUnit).
import { App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { GRID_TYPES, GRID_TYPE_LABELS, UNIT_KIND_LABELS, unitCreateInput, type GridType, type OrgUnit, type UnitKind } from '../../../../shared/org/org-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { showFieldErrors } from '../../ui/form-errors';
import { zodFieldRule } from '../../ui/zod-rule';
import { childKindsOf, suggestChildCode, type UnitIndex } from './org-tree-data';

interface FormValues {
  kind: UnitKind;
  name: string;
  code: string;
  gridType: GridType | null;
  households: number | null;
  populationRegistered: number | null;
  populationFloating: number | null;
}

const FIELDS = ['kind', 'name', 'code', 'gridType', 'households', 'populationRegistered', 'populationFloating'] as const;

function toInput(parent: OrgUnit, v: Partial<FormValues>) {
  return {
    parentId: parent.id,
    kind: v.kind,
    name: v.name?.trim(),
    code: v.code?.trim(),
    gridType: v.kind === 'grid' ? (v.gridType ?? null) : null,
    households: v.households ?? 0,
    populationRegistered: v.populationRegistered ?? 0,
    populationFloating: v.populationFloating ?? 0,
  };
}

interface Props {
  parent: OrgUnit | null;
  index: UnitIndex;
  onClose: () => void;
  onCreated: (unit: OrgUnit) => void;
}

export function CreateUnitModal({ parent, index, onClose, onCreated }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useRpcMutation('org.createUnit', { silent: true });
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!parent) return;
    form.resetFields();
    const kinds = childKindsOf(parent.kind);
    form.setFieldsValue({
      kind: kinds[0],
      code: suggestChildCode(index, parent) ?? '',
      gridType: parent.kind === 'community' ? 'urban' : 'rural',
      households: 0,
      populationRegistered: 0,
      populationFloating: 0,
    });
  }, [parent, index, form]);

  if (!parent) return null;
  const kinds = childKindsOf(parent.kind);
  const rule = (field: (typeof FIELDS)[number]) => zodFieldRule(unitCreateInput, field, (v) => toInput(parent, v as Partial<FormValues>));

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const created = await create.mutateAsync(unitCreateInput.parse(toInput(parent, v)));
      void message.success(`已新建${UNIT_KIND_LABELS[created.kind]}“${created.name}”`);
      onCreated(created);
    } catch (err) {
      if (!showFieldErrors(form, err, FIELDS)) void message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open
      title={`在“${parent.name}”下新建`}
      okText="新建"
      cancelText="取消"
      confirmLoading={create.isPending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<FormValues> form={form} layout="vertical" data-testid="create-unit-form">
        <Form.Item label="类型" name="kind" rules={[rule('kind')]}>
          <Radio.Group optionType="button" options={kinds.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))} />
        </Form.Item>
        <div className="tg-form-row">
          <Form.Item label="名称" name="name" rules={[rule('name')]}>
            <Input maxLength={60} placeholder={kind === 'grid' ? '如：东风村第一网格' : '名称'} data-testid="create-unit-name" />
          </Form.Item>
          <Form.Item label="编码" name="code" rules={[rule('code')]} extra={`上级编码 ${parent.code} 后加3位数字，已按顺序建议`}>
            <Input maxLength={21} data-testid="create-unit-code" />
          </Form.Item>
        </div>
        {kind === 'grid' ? (
          <Form.Item label="网格类型" name="gridType">
            <Select options={GRID_TYPES.map((t) => ({ value: t, label: GRID_TYPE_LABELS[t] }))} />
          </Form.Item>
        ) : null}
        <div className="tg-form-row tg-form-row-3">
          <Form.Item label="户数" name="households" rules={[rule('households')]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="户籍人口" name="populationRegistered" rules={[rule('populationRegistered')]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="流动人口" name="populationFloating" rules={[rule('populationFloating')]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
