// Assign a person to a unit's team with a duty (网格长, 专职网格员 …) and optionally an A/B post.
import { App, Form, Modal, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { POSTS, TEAM_ROLES, TEAM_ROLE_LABELS, type OrgUnit, type Post, type TeamRole } from '../../../../shared/org/org-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';

interface FormValues {
  staffId: string;
  teamRole: TeamRole;
  post?: Post | null;
}

export function AssignStaffModal({ unit, onClose }: { unit: OrgUnit | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const staff = useRpcQuery('staff.list', {}, { enabled: unit !== null });
  const assign = useRpcMutation('staff.assign', { silent: true });
  const role = Form.useWatch('teamRole', form);

  useEffect(() => {
    form.resetFields();
  }, [unit, form]);

  const options = useMemo(
    () => (staff.data ?? []).map((s) => ({ value: s.id, label: `${s.name}${s.title ? `（${s.title}）` : ''}`, search: `${s.name}${s.phone}` })),
    [staff.data],
  );

  if (!unit) return null;

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const row = await assign.mutateAsync({ staffId: v.staffId, unitId: unit.id, teamRole: v.teamRole, post: v.post ?? null });
      void message.success(`已将${row.staffName}分配为“${unit.name}”的${TEAM_ROLE_LABELS[row.teamRole]}`);
      onClose();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open
      title={`为“${unit.name}”分配人员`}
      okText="分配"
      cancelText="取消"
      confirmLoading={assign.isPending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FormValues> form={form} layout="vertical" initialValues={{ teamRole: 'worker_full' }} data-testid="assign-form">
        <Form.Item label="人员" name="staffId" rules={[{ required: true, message: '请选择人员' }]}>
          <Select
            showSearch
            options={options}
            placeholder="输入姓名或电话搜索"
            filterOption={(input, opt) => (opt?.search ?? '').includes(input.trim())}
            loading={staff.isPending}
          />
        </Form.Item>
        <div className="tg-form-row">
          <Form.Item label="职责" name="teamRole" rules={[{ required: true, message: '请选择职责' }]}>
            <Select options={TEAM_ROLES.map((r) => ({ value: r, label: TEAM_ROLE_LABELS[r] }))} />
          </Form.Item>
          <Form.Item label="AB岗" name="post" extra={role?.startsWith('worker') ? 'A岗为主责，B岗为补位' : undefined}>
            <Select allowClear placeholder="不设" options={POSTS.map((p) => ({ value: p, label: `${p}岗` }))} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
