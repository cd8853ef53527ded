// The dialog of one case action: the fields the action needs (a reason, a target, days, a
// satisfaction rating, photos …), sent through `cases.act`. The core checks the action again;
// its Chinese error is shown in the dialog.
import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, TreeSelect } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { AttachmentInput, CaseActionDraft } from '../../../../shared/cases/case-inputs';
import {
  HANDLING_TYPES,
  HANDLING_TYPE_LABELS,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  type CaseDetail,
  type DispatchTargetKind,
  type HandlingType,
  type Satisfaction,
  type Urgency,
} from '../../../../shared/cases/case-types';
import { CASE_STATUS_LABELS } from '../../../../shared/cases/case-workflow';
import { invoke } from '../../app/api-client';
import { errorMessage } from '../../app/api-error';
import { rpcKey, useRpcMutation } from '../../app/rpc-hooks';
import { AttachmentsField } from './attachments-field';
import { CHOICE_LABELS, DANGER, type ActionChoice } from './case-actions';
import { fmtDeadline } from './case-format';
import { filterPick, useCategories, useOrgLookups, withInitials } from './case-lookups';
import { assigneeOf, DispatchTargetFields, toTarget } from './dispatch-target-fields';

interface Values {
  note?: string;
  reason?: string;
  result?: string;
  days?: number;
  satisfaction?: Satisfaction;
  rework?: boolean;
  /** 合并: the number of the case to merge into, resolved to its id on submit. */
  targetNumber?: string;
  targetId?: string;
  assigneeUserId?: string;
  target?: { kind: DispatchTargetKind; unitId?: string; departmentId?: string; name?: string };
  attachments?: AttachmentInput[];
  /** 受理 may correct the classification (分类 as a 大类 or 小类 id). */
  reclassify?: { category?: string; handlingType?: HandlingType; urgency?: Urgency; gridId?: string };
}

/** What each dialog asks for. */
const NOTE_REQUIRED: Partial<Record<ActionChoice, string>> = { progress: '进展情况', rework: '返工原因', urge: '催办意见', resolve_conflict: '核实结论' };
const REASON: Partial<Record<ActionChoice, string>> = { reject: '不予受理的理由', request_extension: '延期理由', reopen: '重新打开的理由' };
const WITH_ATTACHMENTS: ReadonlySet<ActionChoice> = new Set(['progress', 'handle', 'verify', 'rework', 'request_extension', 'start']);

const PLACEHOLDERS: Partial<Record<ActionChoice, string>> = {
  progress: '如：已到现场查看，正在协调相关方',
  handle: '如：已联系业主清理堆放物，现场恢复整洁',
  rework: '如：现场核查未整改到位，请继续处置',
  urge: '如：请抓紧处置，及时反馈进展',
  reject: '如：经核实，反映情况不属实',
  request_extension: '如：需等待县级部门审批意见',
  reopen: '如：群众反映问题复发，重新办理',
  supervise: '如：群众反映强烈，挂牌督办',
  resolve_conflict: '如：已与承办人核实，按返工继续办理',
};

function toAction(choice: ActionChoice, v: Values, detail: CaseDetail, parentOf: (id: string) => string | null): CaseActionDraft {
  const note = v.note?.trim() || undefined;
  const attachments = v.attachments ?? [];
  switch (choice) {
    case 'accept': {
      const r = v.reclassify ?? {};
      const parent = r.category ? parentOf(r.category) : null;
      const categoryId = r.category ? (parent ?? r.category) : undefined;
      const subcategoryId = r.category ? (parent ? r.category : null) : undefined;
      const changed =
        (categoryId !== undefined && (categoryId !== detail.categoryId || subcategoryId !== detail.subcategoryId)) ||
        (r.handlingType && r.handlingType !== detail.handlingType) ||
        (r.urgency && r.urgency !== detail.urgency) ||
        (r.gridId && r.gridId !== detail.gridId);
      return {
        type: 'accept',
        note,
        attachments,
        ...(changed ? { reclassify: { categoryId, subcategoryId, handlingType: r.handlingType, urgency: r.urgency, gridId: r.gridId } } : {}),
      };
    }
    case 'start':
    case 'verify':
    case 'close':
    case 'supervise':
    case 'unsupervise':
      return { type: choice, note, attachments };
    case 'reject':
      return { type: 'reject', reason: v.reason ?? '', note };
    case 'merge':
      return { type: 'merge', targetId: v.targetId ?? '', note };
    case 'dispatch':
      return { type: 'dispatch', target: toTarget(v.target!), note, ...assigneeOf(v) };
    case 'progress':
    case 'rework':
    case 'urge':
    case 'resolve_conflict':
      return { type: choice, note: note ?? '', attachments };
    case 'request_extension':
      return { type: 'request_extension', days: v.days ?? 1, reason: v.reason ?? '', attachments };
    case 'approve_extension':
      return { type: 'decide_extension', approve: true, days: v.days, note };
    case 'refuse_extension':
      return { type: 'decide_extension', approve: false, note };
    case 'handle':
      return { type: 'handle', result: v.result ?? '', attachments };
    case 'evaluate':
      return { type: 'evaluate', satisfaction: v.satisfaction ?? 'satisfied', rework: v.satisfaction === 'dissatisfied' && !!v.rework, note };
    case 'reopen':
      return { type: 'reopen', reason: v.reason ?? '' };
  }
}

interface Props {
  detail: CaseDetail;
  choice: ActionChoice | null;
  onClose: () => void;
}

export function CaseActionModal({ detail, choice, onClose }: Props) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const act = useRpcMutation('cases.act', { silent: true });
  const satisfaction = Form.useWatch('satisfaction', form) as Satisfaction | undefined;
  const label = choice ? CHOICE_LABELS[choice] : '';
  const cats = useCategories();
  const org = useOrgLookups();
  const categoryTree = useMemo(
    () =>
      cats.roots.map((c) => ({
        value: c.id,
        title: c.name,
        search: withInitials(c.name),
        children: c.children.filter((x) => !x.archived).map((x) => ({ value: x.id, title: `${c.name} / ${x.name}`, search: withInitials(`${c.name}${x.name}`) })),
      })),
    [cats.roots],
  );
  const departmentName = (detail.subcategoryId ? cats.byId.get(detail.subcategoryId) : undefined)?.node.defaultDepartmentName ?? cats.byId.get(detail.categoryId)?.node.defaultDepartmentName ?? null;

  useEffect(() => {
    if (!choice) return;
    form.resetFields();
    if (choice === 'dispatch') form.setFieldsValue({ target: { kind: detail.level === 'grid' && detail.handlingType === 'general' ? 'grid' : 'department' } });
    if (choice === 'approve_extension') form.setFieldsValue({ days: detail.extensionDays ?? 1 });
    if (choice === 'request_extension') form.setFieldsValue({ days: 2 });
    if (choice === 'evaluate') form.setFieldsValue({ satisfaction: 'satisfied' });
    if (choice === 'accept') {
      form.setFieldsValue({
        reclassify: { category: detail.subcategoryId ?? detail.categoryId, handlingType: detail.handlingType, urgency: detail.urgency, gridId: detail.gridId ?? undefined },
      });
    }
  }, [choice, form, detail.level, detail.handlingType, detail.extensionDays, detail.subcategoryId, detail.categoryId, detail.urgency, detail.gridId]);

  const submit = async (v: Values) => {
    if (!choice) return;
    setError(null);
    try {
      if (choice === 'merge') v = { ...v, targetId: (await invoke('cases.byNumber', { number: v.targetNumber ?? '' })).id };
      const updated = await act.mutateAsync({ id: detail.id, action: toAction(choice, v, detail, (id) => cats.byId.get(id)?.parentId ?? null) });
      client.setQueryData(rpcKey('cases.get', { id: detail.id }), updated);
      void message.success(`${label}：已完成（事件${updated.number}，${CASE_STATUS_LABELS[updated.status]}）`);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const noteLabel = choice && NOTE_REQUIRED[choice];
  const reasonLabel = choice && REASON[choice];

  return (
    <Modal
      open={choice !== null}
      title={`${label} — ${detail.number}`}
      okText={label}
      cancelText="取消"
      okButtonProps={{ danger: choice ? DANGER.has(choice) : false, 'data-testid': 'action-ok' } as { danger: boolean }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      confirmLoading={act.isPending}
      width={choice === 'dispatch' || choice === 'accept' ? 780 : 600}
      destroyOnHidden
    >
      <div className="tgc-action-case">{detail.title}</div>
      {error ? <Alert type="error" showIcon className="tg-form-alert" title={error} data-testid="action-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={act.isPending}
        onFinish={(v) => void submit(v)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            form.submit();
          }
        }}
      >
        {choice === 'dispatch' ? (
          <DispatchTargetFields defaults={{ gridId: detail.gridId, villageId: detail.villageId, departmentName }} />
        ) : null}
        {choice === 'accept' ? (
          <div className="tgc-reclassify">
            <div className="tg-muted">受理时可核对并修正分类、办理类型、紧急程度和网格（修改后按新分类重新计算期限）：</div>
            <div className="tgc-form-row2">
              <Form.Item name={['reclassify', 'category']} label="分类">
                <TreeSelect treeData={categoryTree} showSearch={{ filterTreeNode: (input, node) => filterPick(input, node as { search?: string }) }} data-testid="accept-category" />
              </Form.Item>
              <Form.Item name={['reclassify', 'gridId']} label="网格">
                <Select showSearch={{ filterOption: filterPick }} options={org.gridOptions()} />
              </Form.Item>
              <Form.Item name={['reclassify', 'handlingType']} label="办理类型">
                <Radio.Group optionType="button" buttonStyle="solid" size="small">
                  {HANDLING_TYPES.map((t) => (
                    <Radio.Button key={t} value={t}>
                      {HANDLING_TYPE_LABELS[t]}
                    </Radio.Button>
                  ))}
                </Radio.Group>
              </Form.Item>
              <Form.Item name={['reclassify', 'urgency']} label="紧急程度">
                <Radio.Group optionType="button" buttonStyle="solid" size="small">
                  {URGENCIES.map((u) => (
                    <Radio.Button key={u} value={u}>
                      {URGENCY_LABELS[u]}
                    </Radio.Button>
                  ))}
                </Radio.Group>
              </Form.Item>
            </div>
          </div>
        ) : null}
        {choice === 'merge' ? (
          <Form.Item
            name="targetNumber"
            label="合并到事件（编号）"
            rules={[{ required: true, whitespace: true, message: '请输入要合并到的事件编号' }]}
            extra="本事件将标记为“已合并”，后续在目标事件中办理"
          >
            <Input placeholder={`如：${detail.number}`} maxLength={40} autoFocus data-testid="merge-target" />
          </Form.Item>
        ) : null}
        {choice === 'request_extension' || choice === 'approve_extension' ? (
          <Form.Item
            name="days"
            label={choice === 'approve_extension' ? '批准延期（工作日）' : '申请延期（工作日）'}
            rules={[{ required: true, message: '请填写天数' }]}
            extra={
              choice === 'approve_extension'
                ? `申请理由：${detail.extensionReason ?? '—'}；当前期限 ${fmtDeadline(detail.deadlineAt)}`
                : `当前期限 ${fmtDeadline(detail.deadlineAt)}，按工作日顺延`
            }
          >
            <InputNumber min={1} max={30} precision={0} suffix="个工作日" style={{ width: 200 }} data-testid="action-days" />
          </Form.Item>
        ) : null}
        {choice === 'evaluate' ? (
          <>
            <Form.Item name="satisfaction" label="群众满意度" rules={[{ required: true, message: '请选择满意度' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" data-testid="action-satisfaction">
                {SATISFACTIONS.map((s) => (
                  <Radio.Button key={s} value={s} data-testid={`satisfaction-${s}`}>
                    {SATISFACTION_LABELS[s]}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
            {satisfaction === 'dissatisfied' ? (
              <Form.Item name="rework" valuePropName="checked">
                <Checkbox>群众不满意，退回返工</Checkbox>
              </Form.Item>
            ) : null}
          </>
        ) : null}
        {reasonLabel ? (
          <Form.Item name="reason" label={reasonLabel} rules={[{ required: true, whitespace: true, min: 2, message: `请填写${reasonLabel}（至少2个字）` }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} placeholder={PLACEHOLDERS[choice!]} autoFocus data-testid="action-reason" />
          </Form.Item>
        ) : null}
        {choice === 'handle' ? (
          <Form.Item name="result" label="处置结果" rules={[{ required: true, whitespace: true, min: 2, message: '请填写处置结果（至少2个字）' }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} placeholder={PLACEHOLDERS.handle} autoFocus data-testid="action-result" />
          </Form.Item>
        ) : null}
        {choice && choice !== 'reopen' && choice !== 'handle' && choice !== 'request_extension' ? (
          <Form.Item
            name="note"
            label={noteLabel ?? '说明（可选）'}
            rules={noteLabel ? [{ required: true, whitespace: true, min: 2, message: `请填写${noteLabel}（至少2个字）` }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              placeholder={PLACEHOLDERS[choice]}
              autoFocus={!reasonLabel && choice !== 'merge' && choice !== 'dispatch'}
              data-testid="action-note"
            />
          </Form.Item>
        ) : null}
        {choice && WITH_ATTACHMENTS.has(choice) ? (
          <Form.Item name="attachments" label="照片/附件">
            <AttachmentsField />
          </Form.Item>
        ) : null}
        <div className="tg-muted">Ctrl+Enter 确认</div>
      </Form>
    </Modal>
  );
}
