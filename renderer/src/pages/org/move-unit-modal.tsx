// 移动: put a unit under another parent; its code follows the new parent (org.moveUnit).
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { UNIT_KIND_LABELS, unitMoveInput, type OrgUnit } from '../../../../shared/org/org-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation } from '../../app/rpc-hooks';
import { showFieldErrors } from '../../ui/form-errors';
import { zodFieldRule } from '../../ui/zod-rule';
import { moveTargets, suggestChildCode, type UnitIndex } from './org-tree-data';

interface FormValues {
  newParentId: string;
  newCode: string;
}

interface Props {
  unit: OrgUnit | null;
  units: OrgUnit[];
  index: UnitIndex;
  onClose: () => void;
}

export function MoveUnitModal({ unit, units, index, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const move = useRpcMutation('org.moveUnit', { silent: true });
  const targets = useMemo(() => (unit ? moveTargets(index, units, unit) : []), [unit, index, units]);

  useEffect(() => {
    form.resetFields();
  }, [unit, form]);

  if (!unit) return null;
  const toInput = (v: Partial<FormValues>) => ({ id: unit.id, newParentId: v.newParentId ?? '', newCode: (v.newCode ?? '').trim() });
  const rule = (field: keyof FormValues) => zodFieldRule(unitMoveInput, field, (v) => toInput(v as Partial<FormValues>));

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const moved = await move.mutateAsync(toInput(v));
      const parent = index.byId.get(moved.parentId ?? '');
      void message.success(`“${moved.name}”已移至“${parent?.name ?? ''}”，新编码 ${moved.code}`);
      onClose();
    } catch (err) {
      if (!showFieldErrors(form, err, ['newParentId', 'newCode'])) void message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open
      title={`移动“${unit.name}”`}
      okText="移动"
      cancelText="取消"
      confirmLoading={move.isPending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FormValues> form={form} layout="vertical" data-testid="move-unit-form">
        <Form.Item label="新的上级" name="newParentId" rules={[{ required: true, message: '请选择新的上级' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择村/社区或网格"
            options={targets.map((t) => ({ value: t.id, label: `${t.name}（${UNIT_KIND_LABELS[t.kind]} ${t.code}）` }))}
            onChange={(id: string) => {
              const parent = index.byId.get(id);
              if (parent) form.setFieldsValue({ newCode: suggestChildCode(index, parent) ?? '' });
            }}
          />
        </Form.Item>
        <Form.Item label="新编码" name="newCode" rules={[rule('newCode')]} extra="编码随上级变化，其下级单元的编码会一并更新">
          <Input maxLength={21} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
