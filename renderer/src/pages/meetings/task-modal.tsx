// 添加任务: a decision made a task — what, who (a department, a village/community or grid, an
// account, or a name typed), by when (a working day: the server refuses others and says
// why), and the case or grid it concerns.
import { Alert, AutoComplete, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { AgendaItemRow } from '../../../../shared/meetings/meeting-types';
import { errorMessage } from '../../app/api-error';
import { useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';
import { useSession } from '../../app/session';
import { filterPick, useDepartments, useOrgLookups, withInitials } from '../cases/case-lookups';

interface Values {
  title: string;
  ownerName: string;
  deadline: Dayjs;
  caseRef?: string;
  gridId?: string;
}

interface OwnerOption {
  value: string;
  label: string;
  search: string;
  ids: { ownerUserId?: string; ownerDepartmentId?: string; ownerUnitId?: string };
}

function useOwnerOptions(): OwnerOption[] {
  const { can } = useSession();
  const departments = useDepartments();
  const org = useOrgLookups();
  const users = useRpcQuery('cases.assignees', {}, { enabled: can('cases.dispatch'), staleTime: 10 * 60_000, silent: true });
  return useMemo(
    () => [
      ...departments.map((d) => ({ value: d.name, label: d.name, search: withInitials(d.name), ids: { ownerDepartmentId: d.id } })),
      ...org.villages.map((v) => ({ value: v.name, label: v.name, search: withInitials(v.name), ids: { ownerUnitId: v.id } })),
      ...org.gridOptions().map((g) => ({ value: g.label, label: g.label, search: g.search, ids: { ownerUnitId: g.value } })),
      ...(users.data ?? []).map((u) => {
        const label = u.departmentName ? `${u.displayName}（${u.departmentName}）` : u.displayName;
        return { value: label, label, search: withInitials(label), ids: { ownerUserId: u.id } };
      }),
    ],
    [departments, org, users.data],
  );
}

export function TaskModal({ meetingId, item, open, onClose }: { meetingId: string; item: AgendaItemRow | null; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const org = useOrgLookups();
  const owners = useOwnerOptions();
  const add = useRpcMutation('meetings.addTask', { silent: true });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    const ownerName = v.ownerName.trim();
    const chosen = owners.find((o) => o.value === ownerName);
    add.mutate(
      {
        meetingId,
        itemId: item?.id,
        title: v.title.trim(),
        ownerName,
        ...(chosen?.ids ?? {}),
        deadline: v.deadline.format('YYYY-MM-DD'),
        caseRef: v.caseRef?.trim() || undefined,
        gridId: v.gridId || undefined,
      },
      { onSuccess: onClose, onError: (err) => setError(errorMessage(err)) },
    );
  };
  return (
    <Modal
      title="添加任务"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="添加任务"
      confirmLoading={add.isPending}
      destroyOnHidden
      afterClose={() => setError(null)}
      width={620}
      okButtonProps={{ 'data-testid': 'task-modal-ok' } as Record<string, string>}
    >
      {item ? <p className="tg-muted">议题：{item.title}</p> : null}
      <Form<Values> form={form} layout="vertical" preserve={false} onValuesChange={() => setError(null)} initialValues={{ caseRef: item?.caseNumber ?? '' }}>
        <Form.Item name="title" label="任务内容" rules={[{ required: true, whitespace: true, message: '请写明任务内容' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} data-testid="task-modal-title" />
        </Form.Item>
        <div className="tgm-form-row">
          <Form.Item name="ownerName" label="责任人/责任单位" rules={[{ required: true, whitespace: true, message: '请指定责任人或责任单位' }]}>
            <AutoComplete
              options={owners.map((o) => ({ value: o.value, label: o.label, search: o.search }))}
              showSearch={{ filterOption: (input, option) => filterPick(input, option as { search?: string }) }}
              placeholder="选择部门、村（社区）、网格，或直接输入"
              data-testid="task-modal-owner"
            />
          </Form.Item>
          <Form.Item name="deadline" label="完成期限" extra="须为工作日" rules={[{ required: true, message: '请选择完成期限' }]}>
            <DatePicker style={{ width: '100%' }} data-testid="task-modal-deadline" />
          </Form.Item>
        </div>
        <div className="tgm-form-row">
          <Form.Item name="caseRef" label="关联事件编号">
            <Input maxLength={50} placeholder="可选" data-testid="task-modal-case" />
          </Form.Item>
          <Form.Item name="gridId" label="关联网格">
            <Select allowClear showSearch={{ filterOption: filterPick }} placeholder="可选" options={org.gridOptions()} data-testid="task-modal-grid" />
          </Form.Item>
        </div>
      </Form>
      {error ? <Alert type="error" showIcon title={error} data-testid="task-modal-error" /> : null}
    </Modal>
  );
}
